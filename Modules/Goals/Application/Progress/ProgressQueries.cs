using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Application.Progress;

/// <summary>
/// Progress, live from evidence: who is in view (a salesperson themself, a manager their line, director/admin/gm everyone,
/// optionally one team), and the person × action-type heatmap counted in SQL (GROUP BY over the matches of the period;
/// no fact is loaded) once per progress stamp and period, then cut to the people in view. The stamp is also the change
/// token the page polls with, so it re-renders only when something it counts moved.
/// </summary>
internal sealed class ProgressQueries(GoalsDbContext db, GoalsAccess access, GoalsPeopleService people, BusinessClock clock,
    StampedCache<GoalsModule> cache)
{
    private string? _stamp;

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
            inTeam.Select(p => new ProgressPerson(p.Id, p.DisplayName, p.TeamId)).ToList());
    }

    /// <summary>
    /// The heatmap of the first <paramref name="take"/> people in view (in user-name order) and the totals of everyone in
    /// view: a director's company is a few hundred rows, drawn 50 at a time ("show more"), while the totals row and the
    /// CSV always cover the whole scope. Cells are read straight from the shared counts for the people in scope only.
    /// </summary>
    public async Task<ProgressHeatmap> HeatmapAsync(ProgressScope scope, bool allTypes, bool chinese, int take, CancellationToken ct)
    {
        var counts = await CountsAsync(scope.Period, ct);
        var types = counts.Types;
        var contracted = scope.People.SelectMany(p => counts.Owed.GetValueOrDefault(p.Id)?.Keys ?? []).ToHashSet();
        var all = allTypes || contracted.Count == 0;
        var columns = types.Where(t => all || contracted.Contains(t.Id))
            .OrderBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => new HeatmapColumn(t.Id, chinese ? t.NameZh : t.NameEn)).ToList();
        HeatmapCell Cell(Guid person, Guid type) => new(counts.Done.GetValueOrDefault((person, type)),
            counts.Owed.GetValueOrDefault(person)?.GetValueOrDefault(type) ?? 0);
        var rows = scope.People.Take(Math.Max(0, take)).Select(p =>
        {
            var cells = columns.ToDictionary(c => c.Id, c => Cell(p.Id, c.Id));
            return new HeatmapRow(p, cells, HeatmapCell.Sum(cells.Values));
        }).ToList();
        var totals = columns.ToDictionary(c => c.Id, c =>
        {
            var (done, owed) = (0, 0);
            foreach (var p in scope.People)
            {
                done += counts.Done.GetValueOrDefault((p.Id, c.Id));
                owed += counts.Owed.GetValueOrDefault(p.Id)?.GetValueOrDefault(c.Id) ?? 0;
            }
            return new HeatmapCell(done, owed);
        });
        return new ProgressHeatmap(scope, all, columns, rows, totals, HeatmapCell.Sum(totals.Values));
    }

    /// <summary>
    /// Changes whenever what the period's heatmap counts changes: the progress stamp (one primary-key row, a new value in
    /// the transaction of every new match, contract change or standard change, on any host) and the period. The page
    /// polls with it and gets 204 while it is the same.
    /// </summary>
    public async Task<string> ChangeTokenAsync(GoalPeriod period, CancellationToken ct) => $"{period.Key}.{await StampAsync(ct)}";

    /// <summary>The progress stamp, read once per request (the page's token and its counts agree).</summary>
    private async Task<string> StampAsync(CancellationToken ct) =>
        _stamp ??= (await ChangeStamps.ValueAsync(db, ProgressChanges.Progress, ct)).ToString("N");

    /// <summary>
    /// Quantity owed (from the period's contracts) and evidence done (the period's matches) per person and action type,
    /// for the people in <paramref name="ids"/> only.
    /// </summary>
    internal async Task<(Dictionary<Guid, IReadOnlyDictionary<Guid, int>> Owed, Dictionary<(Guid User, Guid Type), int> Done)>
        CountsForAsync(ProgressScope scope, List<Guid> ids, CancellationToken ct)
    {
        var counts = await CountsAsync(scope.Period, ct);
        var wanted = ids.ToHashSet();
        return (counts.Owed.Where(o => wanted.Contains(o.Key)).ToDictionary(o => o.Key, o => o.Value),
            counts.Done.Where(d => wanted.Contains(d.Key.User)).ToDictionary(d => d.Key, d => d.Value));
    }

    /// <summary>
    /// The period's counts for everyone, computed once per progress stamp and period and shared by every viewer (the
    /// periods looked at under one stamp are kept side by side); each request keeps the people in its scope (who may be
    /// seen was decided by <see cref="ScopeAsync"/>).
    /// </summary>
    private async Task<PeriodCounts> CountsAsync(GoalPeriod period, CancellationToken ct)
    {
        var stamp = await StampAsync(ct);
        return await cache.GetAsync("Progress", stamp, period.Key, () => ComputeAsync(period, CancellationToken.None));
    }

    /// <summary>
    /// Evidence per person and action type in the period: one GROUP BY over the matches on the covering index
    /// (UserId, ActionTypeId, Day) (a skip-scan, no list of people); the period's contracts with their lines; the active
    /// action types (the columns: a change of a type or its standard stamps progress too).
    /// </summary>
    internal async Task<PeriodCounts> ComputeAsync(GoalPeriod period, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var done = await db.Matches.AsNoTracking().Where(m => m.Day >= from && m.Day <= to)
            .GroupBy(m => new { m.UserId, m.ActionTypeId })
            .Select(g => new { g.Key.UserId, g.Key.ActionTypeId, Count = g.Count() })
            .ToListAsync(ct);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.PeriodKind == period.Kind && c.PeriodStart == from)
            .ToListAsync(ct);
        var types = await db.ActionTypes.AsNoTracking().Where(t => t.Active)
            .Select(t => new ActiveActionType(t.Id, t.Code, t.NameZh, t.NameEn)).ToListAsync(ct);
        return new PeriodCounts(done.ToDictionary(r => (r.UserId, r.ActionTypeId), r => r.Count),
            contracts.ToDictionary(c => c.UserId, c => c.Owed()), types);
    }
}
