using System.Linq.Expressions;
using NodaTime;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// A receivable reduced to what the aggregates group by, with its age bucket computed in the database from due-date
/// boundaries (<see cref="AgeBuckets.Range"/>), never per row in C#, and its outstanding amount in whole fen (see
/// <see cref="Fen"/>: exact integer sums that SQLite adds natively).
/// </summary>
internal sealed class AgedRow
{
    public Guid OwnerId { get; init; }
    public Guid CustomerId { get; init; }
    public Guid? ReasonId { get; init; }
    public AgeBucket Bucket { get; init; }
    public long OutstandingFen { get; init; }

    public static Expression<Func<Receivable, AgedRow>> From(LocalDate today)
    {
        var d30 = AgeBuckets.Range(AgeBucket.Days1To30, today).From;
        var d60 = AgeBuckets.Range(AgeBucket.Days31To60, today).From;
        var d90 = AgeBuckets.Range(AgeBucket.Days61To90, today).From;
        return r => new AgedRow
        {
            OwnerId = r.OwnerId,
            CustomerId = r.CustomerId,
            ReasonId = r.OverdueReasonId,
            Bucket = r.DueDate == null || r.DueDate >= today ? AgeBucket.Current
                : r.DueDate >= d30 ? AgeBucket.Days1To30
                : r.DueDate >= d60 ? AgeBucket.Days31To60
                : r.DueDate >= d90 ? AgeBucket.Days61To90
                : AgeBucket.Over90,
            OutstandingFen = (long)Math.Round((double)r.Amount * 100) - (long)Math.Round((double)r.PaidAmount * 100),
        };
    }
}
