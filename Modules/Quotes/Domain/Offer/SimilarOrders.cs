namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>
/// Chooses the past orders a quote's margin is compared with: the same main product line and customer type when there
/// are at least <see cref="MinimumSample"/> of them, else the same product line, else the same customer type, else all
/// orders. With fewer than <see cref="MinimumSample"/> orders in all, the comparison is shown as indicative only.
/// </summary>
internal static class SimilarOrders
{
    public const int MinimumSample = 5;

    /// <summary>A margin this many percentage points under the median is "clearly below".</summary>
    public const decimal ClearlyBelowPoints = 5m;

    /// <summary>Null when there is no past order at all.</summary>
    public static MarginBenchmark? Compare(IReadOnlyList<PastOrder> orders, string productLine, string? customerType, decimal margin)
    {
        if (orders.Count == 0)
        {
            return null;
        }
        var bases = new (SimilarBasis Basis, Func<PastOrder, bool> Matches)[]
        {
            (SimilarBasis.ProductLineAndCustomerType, o => o.ProductLine == productLine && SameType(o, customerType)),
            (SimilarBasis.ProductLine, o => o.ProductLine == productLine),
            (SimilarBasis.CustomerType, o => SameType(o, customerType)),
            (SimilarBasis.AllOrders, _ => true),
        };
        foreach (var (basis, matches) in bases)
        {
            var similar = orders.Where(matches).ToList();
            if (similar.Count >= MinimumSample || basis == SimilarBasis.AllOrders)
            {
                return Of(basis, similar, margin, indicative: similar.Count < MinimumSample);
            }
        }
        return null;
    }

    /// <summary>The line with the largest net amount is the quote's product line (ties: the first such line).</summary>
    public static string MainLine(IReadOnlyList<QuoteLine> lines) =>
        lines.GroupBy(l => ProductLine.Of(l.ProductCode)).OrderByDescending(g => g.Sum(l => l.Net)).Select(g => g.Key).FirstOrDefault()
        ?? string.Empty;

    private static bool SameType(PastOrder order, string? customerType) =>
        !string.IsNullOrWhiteSpace(customerType) && string.Equals(order.CustomerType, customerType, StringComparison.OrdinalIgnoreCase);

    private static MarginBenchmark Of(SimilarBasis basis, List<PastOrder> orders, decimal margin, bool indicative)
    {
        var sorted = orders.Select(o => o.MarginPercent).Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
        var average = Math.Round(sorted.Average(), 2, MidpointRounding.AwayFromZero);
        return new MarginBenchmark(basis, sorted.Count, average, Math.Round(median, 2, MidpointRounding.AwayFromZero), margin,
            sorted.Count(m => m < margin), indicative);
    }
}
