namespace SalesSuite.Stores.Application.Reports;

/// <summary>Whether one promotion that applies today was executed (the photo is the upload named after it).</summary>
public sealed class PromotionLineInput
{
    public Guid PromotionId { get; set; }
    /// <summary>Null: not answered.</summary>
    public bool? Executed { get; set; }
}
