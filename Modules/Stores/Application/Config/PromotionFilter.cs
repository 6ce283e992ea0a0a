namespace SalesSuite.Stores.Application.Config;

/// <summary>The promotion list's filters (query string): status (active / inactive / current), type, region.</summary>
internal sealed class PromotionFilter
{
    public const string Active = "active";
    public const string Inactive = "inactive";
    public const string Current = "current";

    public string? Status { get; set; }
    public string? Type { get; set; }
    /// <summary>A region name, or "*" for promotions that apply to every store.</summary>
    public string? Region { get; set; }
}
