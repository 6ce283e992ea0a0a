using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Quality;

/// <summary>
/// The report quality score per store and month (<see cref="QualityScore"/>). Quality is normalised against the best
/// store of the whole chain that month, so every active store's feedback of the month is aggregated (lines, not
/// records shown); only the reader's stores are listed. Months count up to today.
/// </summary>
internal sealed class QualityQueries(
    StoresDbContext db, StoresAccess access, ModuleSettings<StoresDbContext, StoresSettings> settings, BusinessClock business)
{
    public static readonly IReadOnlyList<string> Sorts = ["code", "compliance", "valid", "duplicates", "quality", "score"];

    public async Task<QualityMonth> MonthAsync(YearMonth month, string? sort, bool descending, CancellationToken ct)
    {
        var weight = (await settings.ReadAsync(ct)).QualityWeightPercent;
        var from = month.OnDayOfMonth(1);
        var end = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        var to = LocalDate.Min(end, business.Today);
        var daysSoFar = to < from ? 0 : Period.Between(from, to, PeriodUnits.Days).Days + 1;
        var stores = await db.Stores.AsNoTracking().Where(s => s.Active)
            .Select(s => new { s.Id, s.Code, s.Name, s.Region }).ToListAsync(ct);
        var lines = await db.Feedback.AsNoTracking().Where(f => f.Day >= from && f.Day <= to)
            .Select(f => new { f.StoreId, f.Question, f.Duplicate }).ToListAsync(ct);
        var reported = await db.Reports.AsNoTracking().Where(r => r.Day >= from && r.Day <= to)
            .GroupBy(r => r.StoreId).Select(g => new { StoreId = g.Key, Days = g.Count() }).ToDictionaryAsync(g => g.StoreId, g => g.Days, ct);
        var scores = lines.GroupBy(l => l.StoreId)
            .ToDictionary(g => g.Key, g => QualityScore.Of(g.Select(l => (l.Question, l.Duplicate))));
        var best = scores.Count == 0 ? 0 : scores.Values.Max(s => s.Quality);
        var scope = await access.ScopeAsync(ct);
        var rows = stores.Where(s => scope.Contains(s.Id)).Select(s =>
        {
            var score = scores.GetValueOrDefault(s.Id) ?? QualityScore.Zero;
            var days = reported.GetValueOrDefault(s.Id);
            var compliance = QualityScore.Compliance(days, daysSoFar);
            var normalised = QualityScore.Normalised(score.Quality, best);
            return new QualityRow(s.Id, s.Code, s.Name, s.Region, days, daysSoFar, compliance, score.Valid, score.Duplicates,
                score.DuplicateRate, score.Quality, normalised, QualityScore.ManagerScore(compliance, normalised, weight));
        });
        return new QualityMonth(month, from, to, daysSoFar, weight, best, Sort(rows, sort, descending).ToList());
    }

    private static IEnumerable<QualityRow> Sort(IEnumerable<QualityRow> rows, string? sort, bool descending)
    {
        Func<QualityRow, decimal>? key = sort switch
        {
            "compliance" => r => r.CompliancePercent,
            "valid" => r => r.Valid,
            "duplicates" => r => r.DuplicateRate,
            "quality" => r => r.Quality,
            "score" => r => r.ManagerScore,
            _ => null,
        };
        if (key is null)
        {
            return descending ? rows.OrderByDescending(r => r.Code, StringComparer.Ordinal) : rows.OrderBy(r => r.Code, StringComparer.Ordinal);
        }
        return descending ? rows.OrderByDescending(key).ThenBy(r => r.Code, StringComparer.Ordinal)
            : rows.OrderBy(key).ThenBy(r => r.Code, StringComparer.Ordinal);
    }
}
