namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>
/// A quote's margin against <see cref="Count"/> similar past orders: their average and median, how many had a lower
/// margin, and whether the quote is clearly below (<see cref="SimilarOrders.ClearlyBelowPoints"/> under the median).
/// <see cref="Indicative"/>: fewer than <see cref="SimilarOrders.MinimumSample"/> orders even on the broadest basis.
/// </summary>
internal sealed record MarginBenchmark(
    SimilarBasis Basis, int Count, decimal Average, decimal Median, decimal QuoteMargin, int LowerCount, bool Indicative)
{
    public decimal Difference => QuoteMargin - Median;

    /// <summary>Share of the orders with a lower margin than the quote, in percent (0 = lowest, 100 = highest).</summary>
    public int Percentile => Count == 0 ? 0 : (int)Math.Round(100m * LowerCount / Count, MidpointRounding.AwayFromZero);

    public bool ClearlyBelow => !Indicative && Difference <= -SimilarOrders.ClearlyBelowPoints;
}
