using System.Linq.Expressions;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// A receivable reduced to what the overdue aggregates group by (customer, reason) and its outstanding amount in whole
/// fen (see <see cref="Fen"/>: exact integer sums that SQLite adds natively).
/// </summary>
internal sealed class OutstandingRow
{
    public Guid CustomerId { get; init; }
    public Guid? ReasonId { get; init; }
    public long OutstandingFen { get; init; }

    public static Expression<Func<Receivable, OutstandingRow>> From() => r => new OutstandingRow
    {
        CustomerId = r.CustomerId,
        ReasonId = r.OverdueReasonId,
        OutstandingFen = (long)Math.Round((double)r.Amount * 100) - (long)Math.Round((double)r.PaidAmount * 100),
    };
}
