namespace SalesSuite.Collections.Domain;

/// <summary>
/// Kinds of payment milestone (首付款 / 到货款 / 验收款 / 质保金 / other). The preconditions of "paid" are configured per
/// kind in <see cref="CollectionsSettings"/>. A milestone's kind is recognised from its name when it comes from a quote.
/// </summary>
internal static class MilestoneType
{
    public const string Deposit = "Deposit";
    public const string Delivery = "Delivery";
    public const string Acceptance = "Acceptance";
    public const string Retention = "Retention";
    public const string Other = "Other";
    public const int MaxLength = 20;

    public static readonly IReadOnlyList<string> All = [Deposit, Delivery, Acceptance, Retention, Other];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type);

    /// <summary>首付/预付/定金 → Deposit, 到货/发货 → Delivery, 验收 → Acceptance, 质保 → Retention, else Other.</summary>
    public static string FromName(string name)
    {
        var n = name.ToLowerInvariant();
        if (ContainsAny(n, "首付", "预付", "定金", "订金", "deposit", "advance", "down"))
        {
            return Deposit;
        }
        if (ContainsAny(n, "到货", "发货", "delivery", "shipment"))
        {
            return Delivery;
        }
        if (ContainsAny(n, "验收", "acceptance", "commission"))
        {
            return Acceptance;
        }
        return ContainsAny(n, "质保", "保修", "retention", "warranty") ? Retention : Other;
    }

    private static bool ContainsAny(string text, params string[] words) => words.Any(text.Contains);
}
