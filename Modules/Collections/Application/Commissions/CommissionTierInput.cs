namespace SalesSuite.Collections.Application.Commissions;

/// <summary>One tier row of the rule form; both empty: not used.</summary>
public sealed class CommissionTierInput
{
    public decimal? From { get; set; }
    public decimal? Rate { get; set; }

    internal bool IsEmpty => From is null && Rate is null;
}
