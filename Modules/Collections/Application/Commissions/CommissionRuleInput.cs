using SalesSuite.Collections.Domain.Commissions;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>The rule form: scope (product line, customer type; empty: any), base rate and up to five tiers (percent).</summary>
public sealed class CommissionRuleInput
{
    public string? ProductLine { get; set; }
    public string? CustomerType { get; set; }
    public decimal? BaseRate { get; set; }
    public List<CommissionTierInput> Tiers { get; set; } = [];
    public int Version { get; set; }

    internal IReadOnlyList<CommissionTier> TierList() =>
        Tiers.Where(t => !t.IsEmpty).Select(t => new CommissionTier(t.From ?? 0m, t.Rate ?? 0m)).ToList();
}
