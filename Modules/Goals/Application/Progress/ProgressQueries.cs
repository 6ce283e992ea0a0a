using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Application.Progress;

/// <summary>
/// Progress, live from evidence: who is in view (a salesperson themself, a manager their line, director/admin/gm everyone,
/// optionally one team), and the person × action-type heatmap counted in SQL (GROUP BY over the matches of the period;
/// no fact is loaded). A cheap change token lets the page poll without re-rendering when nothing moved.
/// </summary>
internal sealed class ProgressQueries(GoalsDbContext db, GoalsAccess access, GoalsPeopleService people, BusinessClock clock)
{
    /// <summary>The period of <paramref name="periodKey"/> (default: the current quarter) and the people in view.</summary>
    public async Task<ProgressScope> ScopeAsync(string? periodKey, Guid? teamId, CancellationToken ct)
    {
        var today = clock.Today;
        var period = GoalPeriod.Parse(periodKey) ?? GoalPeriod.Of(PeriodKind.Quarter, today);
        var visibility = await access.VisibilityAsync(ct);
        var visible = (await people.PeopleAsync(ct)).Where(p => visibility.CanSee(p.Id)).ToList();
        var teams = (await people.TeamsAsync(ct)).Where(t => visible.Any(p => p.TeamId == t.Id)).ToList();
        var inTeam = teamId is null ? visible : visible.Where(p => p.TeamId == teamId).ToList();
        return new ProgressScope(period, today, teamId, teams,
            inTeam.Select(p => new ProgressPerson(p.Id, p.DisplayName, p.TeamId)).ToList(), visibility.All && teamId is null);
    }

    public async Task<ProgressHeatmap> HeatmapAsync(ProgressScope scope, bool allTypes, bool chinese, CancellationToken ct)
    {
        var ids = scope.People.Select(p => p.Id).ToList();
        var owed = await OwedAsync(scope, ids, ct);
        var done = await DoneAsync(scope, ids, ct);
        var types = await db.ActionTypes.AsNoTracking().Where(t => t.Active)
            .Select(t => new { t.Id, t.Code, t.NameZh, t.NameEn }).ToListAsync(ct);
        var contracted = owed.SelectMany(o => o.Value.Keys).ToHashSet();
        var all = allTypes || contracted.Count == 0;
        var columns = types.Where(t => all || contracted.Contains(t.Id))
            .OrderBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => new HeatmapColumn(t.Id, chinese ? t.NameZh : t.NameEn)).ToList();
        var rows = scope.People.Select(p =>
        {
            var cells = columns.ToDictionary(c => c.Id, c => new HeatmapCell(
                done.GetValueOrDefault((p.Id, c.Id)), owed.GetValueOrDefault(p.Id)?.GetValueOrDefault(c.Id) ?? 0));
            return new HeatmapRow(p, cells, HeatmapCell.Sum(cells.Values));
        }).ToList();
        var totals = columns.ToDictionary(c => c.Id, c => HeatmapCell.Sum(rows.Select(r => r.Cell(c.Id))));
        return new ProgressHeatmap(scope, all, columns, rows, totals, HeatmapCell.Sum(rows.Select(r => r.Total)));
    }

    /// <summary>
    /// Changes whenever the period's evidence or contracts change: the number of matches (a new event adds at least one,
    /// a redelivered one none), the number of contracts and the sum of their versions. Two indexed aggregates; the page
    /// polls with it and gets 204 while it is the same.
    /// </summary>
    public async Task<string> ChangeTokenAsync(GoalPeriod period, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var count = await db.Matches.AsNoTracking().CountAsync(m => m.Day >= from && m.Day <= to, ct);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.PeriodKind == period.Kind && c.PeriodStart == from)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Versions = g.Sum(c => c.Version) })
            .FirstOrDefaultAsync(ct);
        return $"{period.Key}.{count}.{contracts?.Count ?? 0}.{contracts?.Versions ?? 0}";
    }

    /// <summary>Quantity owed per person and action type from the period's contracts (one row per person, lines as JSON).</summary>
    internal async Task<Dictionary<Guid, IReadOnlyDictionary<Guid, int>>> OwedAsync(ProgressScope scope, List<Guid> ids,
        CancellationToken ct)
    {
        var period = scope.Period;
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.PeriodKind == period.Kind && c.PeriodStart == period.Start && ids.Contains(c.UserId))
            .ToListAsync(ct);
        return contracts.ToDictionary(c => c.UserId, c => c.Owed());
    }

    /// <summary>
    /// Evidence counted per person and action type in the period: one GROUP BY over the matches, on a covering index
    /// (no list of people when the scope is everyone: a skip-scan of (UserId, ActionTypeId, Day) is faster than 200 seeks).
    /// </summary>
    internal async Task<Dictionary<(Guid User, Guid Type), int>> DoneAsync(ProgressScope scope, List<Guid> ids, CancellationToken ct)
    {
        var (from, to) = (scope.Period.Start, scope.Period.End);
        var matches = db.Matches.AsNoTracking().Where(m => m.Day >= from && m.Day <= to);
        if (!scope.Everyone)
        {
            matches = matches.Where(m => ids.Contains(m.UserId));
        }
        var rows = await matches
            .GroupBy(m => new { m.UserId, m.ActionTypeId })
            .Select(g => new { g.Key.UserId, g.Key.ActionTypeId, Count = g.Count() })
            .ToListAsync(ct);
        return rows.ToDictionary(r => (r.UserId, r.ActionTypeId), r => r.Count);
    }
}
