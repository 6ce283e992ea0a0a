namespace SalesSuite.Stores.Application.Reports;

/// <summary>The daily report form's fields as posted (files come separately as <see cref="ReportUploads"/>).</summary>
public sealed class ReportInput
{
    /// <summary>The form's key, generated when it was first shown and kept with the browser's draft.</summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>The position the browser gave at submit (all null when it gave none).</summary>
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public double? Accuracy { get; set; }
    public string? CompetitorActivity { get; set; }
    public List<FeedbackLineInput> Feedback { get; set; } = [];
    public List<PromotionLineInput> Promotions { get; set; } = [];
    public List<RolloutLineInput> Rollouts { get; set; } = [];
}
