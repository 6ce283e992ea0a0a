using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// Collections forecast: the next 12 weeks (from this week's Monday) or 6 months (from the 1st of this month). Sums per
/// due date and per payment date come from the database; folding days into weeks or months happens in memory.
/// </summary>
internal sealed class ForecastQueries(CollectionsDbContext db, ReportScopeService scopes)
{
    public const int Weeks = 12;
    public const int Months = 6;

    public async Task<ForecastReport> ForecastAsync(ForecastGrouping by, CancellationToken ct)
    {
        var scope = await scopes.CurrentAsync(ct);
        var today = scope.Today;
        var periods = Periods(by, today);
        var (first, last) = (periods[0].Start, periods[^1].End);
        var unpaid = db.Receivables.AsNoTracking().VisibleTo(scope.Visibility, r => r.OwnerId).Unpaid();
        var pastDue = (await unpaid.Where(r => r.DueDate < today).Select(OutstandingRow.From()).GroupBy(a => 1)
            .Select(g => new { Count = g.Count(), Fen = g.Sum(a => a.OutstandingFen) })
            .ToListAsync(ct)).SingleOrDefault();
        var expected = await unpaid.Where(r => r.DueDate >= today && r.DueDate <= last).GroupBy(r => r.DueDate)
            .Select(g => new
            {
                Due = g.Key!.Value, Count = g.Count(),
                Fen = g.Sum(r => (long)Math.Round((double)r.Amount * 100) - (long)Math.Round((double)r.PaidAmount * 100)),
            })
            .ToListAsync(ct);
        var received = await ReceivedQueries.Allocations(db, scope)
            .Where(x => x.PaidOn >= first && x.PaidOn <= last)
            .GroupBy(x => x.PaidOn)
            .Select(g => new { PaidOn = g.Key, Fen = g.Sum(x => x.AmountFen) })
            .ToListAsync(ct);
        var filled = periods.Select(p =>
        {
            var due = expected.Where(e => e.Due >= p.Start && e.Due <= p.End).ToList();
            return p with
            {
                Expected = Fen.ToYuan(due.Sum(e => e.Fen)),
                ExpectedCount = due.Sum(e => e.Count),
                Received = Fen.ToYuan(received.Where(r => r.PaidOn >= p.Start && r.PaidOn <= p.End).Sum(r => r.Fen)),
            };
        }).ToList();
        return new ForecastReport(by, Fen.ToYuan(pastDue?.Fen ?? 0), pastDue?.Count ?? 0, filled, scope);
    }

    public static IReadOnlyList<ForecastPeriod> Periods(ForecastGrouping by, LocalDate today)
    {
        if (by == ForecastGrouping.Month)
        {
            var month = new LocalDate(today.Year, today.Month, 1);
            return Enumerable.Range(0, Months).Select(i => month.PlusMonths(i))
                .Select(s => Empty(s, s.PlusMonths(1).PlusDays(-1), today)).ToList();
        }
        var monday = today.PlusDays(-((int)today.DayOfWeek - (int)IsoDayOfWeek.Monday));
        return Enumerable.Range(0, Weeks).Select(i => monday.PlusWeeks(i)).Select(s => Empty(s, s.PlusDays(6), today)).ToList();
    }

    private static ForecastPeriod Empty(LocalDate start, LocalDate end, LocalDate today) =>
        new(start, end, start < today ? today : start, 0m, 0, 0m);
}
