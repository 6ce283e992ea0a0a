using System.Linq.Expressions;
using NodaTime;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// Unpaid receivables of one owner due on one day (count, outstanding in fen). Totals per age bucket first add up per
/// owner and due date, which SQLite does while walking the owner index in order, and only then sort the few thousand
/// days into buckets: a third cheaper than putting every row into a bucket at 200,000 milestones.
/// </summary>
internal sealed class DueDay
{
    public Guid OwnerId { get; init; }
    public LocalDate? Due { get; init; }
    public AgeBucket Bucket { get; init; }
    public int Count { get; init; }
    public long Fen { get; init; }

    /// <summary>Per owner and due date, each with its age bucket on <paramref name="today"/> (computed in the database).</summary>
    public static IQueryable<DueDay> PerOwnerAndDay(IQueryable<Receivable> receivables, LocalDate today) =>
        receivables.GroupBy(r => new { r.OwnerId, r.DueDate })
            .Select(g => new DueDay
            {
                OwnerId = g.Key.OwnerId,
                Due = g.Key.DueDate,
                Count = g.Count(),
                Fen = g.Sum(r => (long)Math.Round((double)r.Amount * 100) - (long)Math.Round((double)r.PaidAmount * 100)),
            })
            .Select(Bucketed(today));

    private static Expression<Func<DueDay, DueDay>> Bucketed(LocalDate today)
    {
        var d30 = AgeBuckets.Range(AgeBucket.Days1To30, today).From;
        var d60 = AgeBuckets.Range(AgeBucket.Days31To60, today).From;
        var d90 = AgeBuckets.Range(AgeBucket.Days61To90, today).From;
        return d => new DueDay
        {
            OwnerId = d.OwnerId,
            Due = d.Due,
            Bucket = d.Due == null || d.Due >= today ? AgeBucket.Current
                : d.Due >= d30 ? AgeBucket.Days1To30
                : d.Due >= d60 ? AgeBucket.Days31To60
                : d.Due >= d90 ? AgeBucket.Days61To90
                : AgeBucket.Over90,
            Count = d.Count,
            Fen = d.Fen,
        };
    }
}
