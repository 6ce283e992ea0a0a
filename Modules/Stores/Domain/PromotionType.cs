namespace SalesSuite.Stores.Domain;

/// <summary>
/// Headquarters' 12 promotion types (scenario 5: "HQ's 12 promotion types were executed by under 41% of stores").
/// The code is stored; the name is the resource key <c>PromotionType_{code}</c>.
/// </summary>
internal static class PromotionType
{
    public static readonly IReadOnlyList<string> All =
    [
        "threshold-discount", "gift", "second-half", "member-day", "tasting", "pile-display",
        "endcap", "flash-price", "points", "group-buy", "co-promo", "festival",
    ];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
