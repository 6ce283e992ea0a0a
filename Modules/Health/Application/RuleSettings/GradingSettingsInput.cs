namespace SalesSuite.Health.Application.RuleSettings;

/// <summary>The grading model's weights (sum 100), interval, cut-offs and strategies; checked by <see cref="GradingSettingsInputValidator"/>.</summary>
public sealed class GradingSettingsInput
{
    public int WeightPayment { get; set; }
    public int WeightSpeed { get; set; }
    public int WeightTier { get; set; }
    public int WeightCompetition { get; set; }
    public int GradingIntervalHours { get; set; }
    public int GradeAPlusFrom { get; set; }
    public int GradeAFrom { get; set; }
    public int GradeBFrom { get; set; }
    public bool APlusSupportPack { get; set; }
    public bool CReview { get; set; }
    public int CReviewHours { get; set; }
    public int Version { get; set; }
}
