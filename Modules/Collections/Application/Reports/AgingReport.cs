namespace SalesSuite.Collections.Application.Reports;

internal sealed record AgingReport(ReportGrouping By, IReadOnlyList<AgingLine> Lines, IReadOnlyList<BucketTotal> Totals, ReportScope Scope)
{
    public int Count => Totals.Sum(b => b.Count);

    public decimal Outstanding => Totals.Sum(b => b.Outstanding);
}
