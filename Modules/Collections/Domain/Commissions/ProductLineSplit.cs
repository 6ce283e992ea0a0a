namespace SalesSuite.Collections.Domain.Commissions;

/// <summary>Cash collected on a contract, split over the contract's product lines in proportion to their amounts.</summary>
internal static class ProductLineSplit
{
    /// <summary>
    /// Each part rounded to the fen, the parts summing to <paramref name="amount"/> (<see cref="ScheduleMath.Split"/>); parts
    /// that round to 0 are left out. Without lines: the whole amount on no product line (null).
    /// </summary>
    public static IReadOnlyList<(string? ProductLine, decimal Amount)> Of(decimal amount, IReadOnlyList<ContractLine> lines)
    {
        var weighted = lines.Where(l => l.Amount > 0).OrderBy(l => l.ProductLine, StringComparer.Ordinal).ToList();
        if (weighted.Count == 0)
        {
            return [(null, amount)];
        }
        var parts = ScheduleMath.Split(amount, weighted.Select(l => l.Amount).ToList());
        return weighted.Select((l, i) => ((string?)l.ProductLine, parts[i])).Where(p => p.Item2 != 0m).ToList();
    }
}
