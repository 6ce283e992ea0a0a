using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>Outstanding amount and number of unpaid receivables in one age bucket.</summary>
internal sealed record BucketTotal(AgeBucket Bucket, int Count, decimal Outstanding)
{
    public static IReadOnlyList<BucketTotal> Complete(IEnumerable<BucketTotal> found)
    {
        var byBucket = found.GroupBy(t => t.Bucket).ToDictionary(g => g.Key, g => (Count: g.Sum(t => t.Count), Amount: g.Sum(t => t.Outstanding)));
        return AgeBuckets.All.Select(b => byBucket.TryGetValue(b, out var t) ? new BucketTotal(b, t.Count, t.Amount) : new BucketTotal(b, 0, 0m))
            .ToList();
    }
}
