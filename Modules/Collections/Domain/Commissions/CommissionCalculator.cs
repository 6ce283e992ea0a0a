namespace SalesSuite.Collections.Domain.Commissions;

/// <summary>Commission on a salesperson's cash of one month, line by line, with marginal tiers.</summary>
internal static class CommissionCalculator
{
    /// <summary>
    /// Walks the cash in the given order (when it came in), keeping the month's running volume: each amount is cut into
    /// the tier bands of its matching rule at the volume it arrived at (no matching rule: 0%). Lines are rounded to the fen
    /// on the running total (line = round(total after) − round(total before)), so the statement's total is the exact
    /// commission rounded once, never off by the rounding of many lines.
    /// </summary>
    public static IReadOnlyList<CommissionLine> Earn(IReadOnlyList<CollectedCash> cash, IReadOnlyList<CommissionRule> rules)
    {
        var lines = new List<CommissionLine>(cash.Count);
        var volume = 0m;
        var exact = 0m;
        var rounded = 0m;
        foreach (var item in cash)
        {
            var rule = CommissionRule.Match(rules, item.ProductLine, item.CustomerType);
            var bands = rule?.Bands(volume, item.Amount) ?? [new CommissionBand(0m, null, 0m, item.Amount)];
            exact += bands.Sum(b => b.Exact);
            var total = Round(exact);
            lines.Add(CommissionLine.Earned(item, rule, bands, total - rounded));
            rounded = total;
            volume += item.Amount;
        }
        return lines;
    }

    public static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
