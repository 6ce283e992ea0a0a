using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Process;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application.Process;

/// <summary>
/// The step samples of the last weeks that the reader may see (director / GM / admin: all; a regional manager: their
/// team's owners), summed per step and column from the weekly totals (<see cref="StepTotal"/>), or listed for one cell.
/// Shared by the heatmap, the dwell report, the breakpoints and the suggestions. The sums and the medians are kept in
/// <see cref="StampedCache{TModule}"/> for the current process stamp and the reader's scope: a repeated request reads one row.
/// </summary>
internal sealed class ProcessQueries(HealthDbContext db, HealthAccess access, Periods periods, IOrganisation organisation,
    StampedCache<HealthModule> cache)
{
    private static readonly Func<HealthDbContext, string, Task<Guid>> StampOf = EF.CompileAsyncQuery(
        (HealthDbContext context, string name) => context.Stamps.Where(s => s.Name == name).Select(s => s.Value).FirstOrDefault());

    private Guid? _stamp;

    /// <summary>Most records a cell's drill-down lists (the CSV too): the worst first.</summary>
    public const int MaxRecords = 500;

    /// <summary>Monday of the first week of a period of <paramref name="weeks"/> weeks ending this week.</summary>
    public LocalDate From(int weeks) => periods.ThisWeek.PlusWeeks(1 - weeks);

    public async Task<IQueryable<StepSample>> SamplesAsync(int weeks, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var from = From(weeks);
        return db.Steps.AsNoTracking().Where(s => s.Week >= from).VisibleTo(visibility, s => s.OwnerId);
    }

    /// <summary>Per step and column (team id, or owner id; no team: null): count, skipped, breached and delay hours.</summary>
    public async Task<IReadOnlyList<StepCell>> CellsAsync(int weeks, ColumnBy by, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var from = From(weeks);
        return await CachedAsync($"cells|{by}|{from:yyyy-MM-dd}", visibility, () => TotalsAsync(from, by, visibility), ct);
    }

    /// <summary>The sums of <see cref="CellsAsync"/>, read from the weekly totals (a period's weeks, the reader's owners).</summary>
    private async Task<IReadOnlyList<StepCell>> TotalsAsync(LocalDate from, ColumnBy by, Visibility visibility)
    {
        var totals = db.StepTotals.AsNoTracking().Where(t => t.Week >= from).VisibleTo(visibility, t => t.OwnerId);
        var grouped = by == ColumnBy.Team
            ? totals.GroupBy(t => new { t.Kind, t.Step, Column = t.TeamId })
            : totals.GroupBy(t => new { t.Kind, t.Step, Column = t.OwnerId });
        var rows = await grouped.Select(g => new
        {
            g.Key.Kind, g.Key.Step, g.Key.Column, Count = g.Sum(x => x.Count), Skipped = g.Sum(x => x.Skipped),
            Breached = g.Sum(x => x.Breached), DelayHours = g.Sum(x => x.DelayHours),
        }).ToListAsync(CancellationToken.None);
        return rows.Select(r => new StepCell(r.Kind, r.Step, by == ColumnBy.Team && r.Column == Guid.Empty ? null : r.Column, r.Count,
            r.Skipped, r.Breached, r.DelayHours)).ToList();
    }

    /// <summary>
    /// A value computed from the process read models, from the cache when the stamp and the reader's scope (all, or the
    /// exact owners they see) are the same as when it was computed.
    /// </summary>
    private async Task<T> CachedAsync<T>(string what, Visibility visibility, Func<Task<T>> compute, CancellationToken ct)
        where T : class
    {
        _stamp ??= await StampOf(db, HealthStamp.Process);
        var scope = visibility.All ? "all" : string.Join(',', visibility.Owners.Order());
        return await cache.GetAsync("process", _stamp.Value.ToString("N"), $"{what}|{scope}", compute).WaitAsync(ct);
    }

    /// <summary>The samples behind one cell (column null: every column; <see cref="Guid.Empty"/> as a team: no team), worst first.</summary>
    public async Task<IReadOnlyList<StepSample>> RecordsAsync(StepKind kind, string step, ColumnBy by, Guid? column, int weeks,
        CancellationToken ct)
    {
        var samples = (await SamplesAsync(weeks, ct)).Where(s => s.Kind == kind && s.Step == step);
        samples = (by, column) switch
        {
            (_, null) => samples,
            (ColumnBy.Team, { } team) when team == Guid.Empty => samples.Where(s => s.TeamId == null),
            (ColumnBy.Team, { } team) => samples.Where(s => s.TeamId == team),
            (_, { } owner) => samples.Where(s => s.OwnerId == owner),
        };
        return await samples.OrderByDescending(s => s.Breached).ThenByDescending(s => s.DelayHours).ThenByDescending(s => s.DurationHours)
            .Take(MaxRecords).ToListAsync(ct);
    }

    /// <summary>Durations (hours) of the stays in stages and of stage tasks that were done, for medians.</summary>
    public async Task<IReadOnlyList<(StepKind Kind, string Step, double Hours)>> DurationsAsync(int weeks, CancellationToken ct)
    {
        var samples = await SamplesAsync(weeks, ct);
        var rows = await samples.Where(s => !s.Skipped && (s.Kind == StepKind.Stage || s.Kind == StepKind.Task))
            .Select(s => new { s.Kind, s.Step, s.DurationHours }).ToListAsync(ct);
        return rows.Select(r => (r.Kind, r.Step, r.DurationHours)).ToList();
    }

    /// <summary>Median hours of the stays in stages and of the stage tasks done, per step (from the samples, kept in the cache).</summary>
    public async Task<IReadOnlyDictionary<(StepKind Kind, string Step), double?>> MediansAsync(int weeks, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        return await CachedAsync($"medians|{From(weeks):yyyy-MM-dd}", visibility, async () =>
        {
            var durations = await DurationsAsync(weeks, CancellationToken.None);
            return (IReadOnlyDictionary<(StepKind Kind, string Step), double?>)durations.GroupBy(d => (d.Kind, d.Step))
                .ToDictionary(g => g.Key, g => Percentile.Median(g.Select(d => d.Hours)));
        }, ct);
    }

    /// <summary>The configured pipeline stages by name (the first pipeline's, by pipeline name, when two share a name), in position order.</summary>
    public async Task<IReadOnlyList<PipelineStage>> StagesAsync(CancellationToken ct)
    {
        var stages = await db.Stages.AsNoTracking().ToListAsync(ct);
        return stages.OrderBy(s => s.PipelineName, StringComparer.Ordinal).ThenBy(s => s.Position)
            .DistinctBy(s => s.Name).OrderBy(s => s.Position).ToList();
    }

    /// <summary>Names of the columns: teams (Guid.Empty = no team, named by the caller) or people.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ColumnNamesAsync(ColumnBy by, CancellationToken ct)
    {
        var users = await organisation.ActiveUsersAsync(ct);
        return by == ColumnBy.Team
            ? users.Where(u => u.TeamId is not null).GroupBy(u => u.TeamId!.Value)
                .ToDictionary(g => g.Key, g => g.Select(u => u.TeamName).FirstOrDefault(n => !string.IsNullOrEmpty(n)) ?? g.Key.ToString()[..8])
            : users.ToDictionary(u => u.Id, u => u.DisplayName);
    }

    /// <summary>The step facts of the period (every column the reader sees), for suggestions.</summary>
    public async Task<IReadOnlyList<StepFacts>> FactsAsync(int weeks, CancellationToken ct)
    {
        var cells = await CellsAsync(weeks, ColumnBy.Team, ct);
        var medians = await MediansAsync(weeks, ct);
        var stages = (await StagesAsync(ct)).ToDictionary(s => s.Name);
        return cells.GroupBy(c => (c.Kind, c.Step)).Select(g =>
        {
            var stage = g.Key.Kind == StepKind.Stage ? stages.GetValueOrDefault(g.Key.Step) : null;
            return new StepFacts(StepCell.Sum(g.Key.Kind, g.Key.Step, g), medians.GetValueOrDefault(g.Key),
                stage?.RedDays, stage?.Skippable, g.Key.Kind == StepKind.Task ? Indicator.Get(Indicator.CrossDeptResponse).Green : null);
        }).ToList();
    }
}
