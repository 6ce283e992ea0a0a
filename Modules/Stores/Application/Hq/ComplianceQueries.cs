using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>Report compliance per store, counted in the database (GROUP BY store on reports and refusals).</summary>
internal sealed class ComplianceQueries(StoresDbContext db, HqViewService views)
{
    public static readonly IReadOnlyList<string> SortKeys =
        ["code", "region", "rate", "reported", "fence", "exceptions", "refusals", "dwell", "last"];

    public async Task<ComplianceReport> ReportAsync(HqFilter filter, CancellationToken ct)
    {
        var period = filter.Period(views.Today);
        var view = await views.LoadAsync(period, filter.Region, filter.SupervisorId, ct);
        var rows = await RowsAsync(view, ct);
        return new ComplianceReport(view, Sort(rows, filter.Sort, filter.Desc));
    }

    public async Task<List<ComplianceRow>> RowsAsync(HqView view, CancellationToken ct)
    {
        var period = view.Period;
        var ids = view.StoreIds.ToList();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => ids.Contains(r.StoreId) && r.Day >= period.From && r.Day <= period.To)
            .GroupBy(r => r.StoreId)
            .Select(g => new
            {
                StoreId = g.Key,
                Count = g.Count(),
                InFence = g.Count(r => r.Compliance == DailyReport.InFence),
                Exceptions = g.Count(r => r.Compliance == DailyReport.Exception),
                Dwell = g.Average(r => (double?)r.DwellMinutes),
                Today = g.Count(r => r.Day == view.Today),
            })
            .ToDictionaryAsync(x => x.StoreId, ct);
        var refusals = await db.Refusals.AsNoTracking()
            .Where(r => ids.Contains(r.StoreId) && r.Day >= period.From && r.Day <= period.To)
            .GroupBy(r => r.StoreId)
            .Select(g => new { StoreId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.StoreId, x => x.Count, ct);
        var last = await db.Reports.AsNoTracking()
            .Where(r => ids.Contains(r.StoreId) && r.Day <= view.Today)
            .GroupBy(r => r.StoreId)
            .Select(g => new { StoreId = g.Key, Day = g.Max(r => r.Day) })
            .ToDictionaryAsync(x => x.StoreId, x => x.Day, ct);
        return view.Stores.Select(s =>
        {
            var r = reports.GetValueOrDefault(s.Id);
            // Today is expected only once it is reported: a store that reports in the afternoon is not late at 9 a.m.
            var expected = period.ExpectedDays(s.OpenedOn, view.Today.PlusDays(-1)) + (r?.Today > 0 ? 1 : 0);
            return new ComplianceRow(s, expected, r?.Count ?? 0, r?.InFence ?? 0, r?.Exceptions ?? 0,
                refusals.GetValueOrDefault(s.Id), r?.Dwell is { } d ? Math.Round(d, 1) : null, last.TryGetValue(s.Id, out var day) ? day : null);
        }).ToList();
    }

    public static IReadOnlyList<ComplianceRow> Sort(IEnumerable<ComplianceRow> rows, string? sort, bool desc)
    {
        IOrderedEnumerable<ComplianceRow> Order<TKey>(Func<ComplianceRow, TKey> key) => desc ? rows.OrderByDescending(key) : rows.OrderBy(key);
        var ordered = sort switch
        {
            "region" => Order(r => r.Store.Region),
            "rate" => Order(r => r.Rate ?? -1m),
            "reported" => Order(r => r.Reported),
            "fence" => Order(r => r.InFence),
            "exceptions" => Order(r => r.Exceptions),
            "refusals" => Order(r => r.Refusals),
            "dwell" => Order(r => r.AverageDwell ?? -1),
            "last" => Order(r => r.LastReport?.ToDateOnly() ?? DateOnly.MinValue),
            _ => Order(r => r.Store.Code),
        };
        return ordered.ThenBy(r => r.Store.Code, StringComparer.Ordinal).ToList();
    }
}
