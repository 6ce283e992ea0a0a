namespace SalesSuite.Quotes.Application.Drafts;

/// <summary>One editable line row; an empty product or zero quantity means "no line".</summary>
public sealed class QuoteLineInput
{
    public string? ProductCode { get; set; }
    public decimal? Quantity { get; set; }
    public decimal? UnitPrice { get; set; }
    public decimal? DiscountPercent { get; set; }
    public decimal? TaxRatePercent { get; set; }
    public int? DeliveryDays { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(ProductCode) || Quantity is null or 0m;

    /// <summary>Quantities, prices and days not negative; discount and tax are percentages.</summary>
    public bool HasValidNumbers =>
        Quantity >= 0 && UnitPrice is null or >= 0 && DiscountPercent is null or (>= 0 and <= 100)
        && TaxRatePercent is null or (>= 0 and <= 100) && DeliveryDays is null or >= 0;
}
