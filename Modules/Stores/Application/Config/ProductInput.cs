using NodaTime;

namespace SalesSuite.Stores.Application.Config;

/// <summary>A new-product SKU as the edit form posts it (launch date as ISO text, yyyy-MM-dd).</summary>
public sealed class ProductInput
{
    public int Version { get; set; }
    public string? Sku { get; set; }
    public string? Name { get; set; }
    public string? LaunchOn { get; set; }
    public bool Active { get; set; } = true;

    internal LocalDate? Launch => PromotionInput.ParseDate(LaunchOn);
}
