namespace SalesSuite.Collections.Application.Reports;

/// <summary>One row of the aging matrix: a team or a person, outstanding and count per bucket.</summary>
internal sealed record AgingLine(ReportLine Who, IReadOnlyList<BucketTotal> Buckets)
{
    public int Count => Buckets.Sum(b => b.Count);

    public decimal Outstanding => Buckets.Sum(b => b.Outstanding);
}
