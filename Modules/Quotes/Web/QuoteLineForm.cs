namespace SalesSuite.Quotes.Web;

/// <summary>One editable line row; an empty product or zero quantity means "no line".</summary>
public sealed class QuoteLineForm
{
    public string? ProductCode { get; set; }
    public decimal? Quantity { get; set; }
    public decimal? UnitPrice { get; set; }
    public decimal? DiscountPercent { get; set; }
    public decimal? TaxRatePercent { get; set; }
    public int? DeliveryDays { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(ProductCode) || Quantity is null or 0m;
}
