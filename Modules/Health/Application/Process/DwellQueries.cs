using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Process;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application.Process;

/// <summary>
/// Days in stage per pipeline stage × team / person over a period (stays that ended in it), with the open deals sitting
/// in each stage now. A row's colour is its median against the stage's amber / red days.
/// </summary>
internal sealed class DwellQueries(
    ProcessQueries process, HealthDbContext db, HealthAccess access, Periods periods, IClock clock, IStringLocalizer<HealthModule> l)
{
    public async Task<DwellReport> ReportAsync(ProcessFilter filter, string? onlyStage, CancellationToken ct)
    {
        var by = filter.Columns;
        var samples = await process.SamplesAsync(filter.Weeks, ct);
        var stays = await samples.Where(s => s.Kind == StepKind.Stage)
            .Select(s => new { s.Step, s.TeamId, s.OwnerId, s.Week, s.DurationHours, s.Skipped }).ToListAsync(ct);
        var stages = await process.StagesAsync(ct);
        var open = await OpenDealsAsync(ct);
        var names = await process.ColumnNamesAsync(by, ct);
        var weeks = periods.LastWeeks(filter.Weeks);
        var thresholds = stages.ToDictionary(s => s.Name);
        var now = clock.GetCurrentInstant();

        var stageNames = stages.Select(s => s.Name)
            .Concat(stays.Select(s => s.Step).Concat(open.Select(d => d.Stage)).Distinct().Order(StringComparer.Ordinal))
            .Distinct().Where(n => onlyStage is null || n == onlyStage).ToList();
        var result = new List<DwellStage>();
        foreach (var name in stageNames)
        {
            var stage = thresholds.GetValueOrDefault(name);
            var mine = stays.Where(s => s.Step == name).ToList();
            var here = open.Where(d => d.Stage == name).Select(d => (Column: Column(by, d.TeamId, d.OwnerId), Red: IsRed(stage, d.EnteredAt, now)))
                .ToList();
            DwellRow Row(Guid? column, string label, IEnumerable<(double, bool)> rows, IEnumerable<(Guid Column, bool Red)> deals)
            {
                var stats = DwellStats.Of(rows);
                var list = deals.ToList();
                return new(column, label, stats, stats.Colour(stage), list.Count, list.Count(d => d.Red));
            }
            var columns = mine.Select(s => Column(by, s.TeamId, s.OwnerId)).Concat(here.Select(d => d.Column)).Distinct();
            var rows = columns.Select(c => Row(c, Name(names, c),
                    mine.Where(s => Column(by, s.TeamId, s.OwnerId) == c).Select(s => (s.DurationHours, s.Skipped)),
                    here.Where(d => d.Column == c)))
                .OrderBy(r => r.Column == Guid.Empty).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
            var total = Row(null, l["Dwell_AllColumns"], mine.Select(s => (s.DurationHours, s.Skipped)), here);
            var weekly = weeks.Select(w => Percentile.Median(mine.Where(s => s.Week == w && !s.Skipped).Select(s => s.DurationHours / 24))).ToList();
            result.Add(new DwellStage(name, stage, total, rows, weekly));
        }
        return new(result, weeks);
    }

    /// <summary>The open deals in <paramref name="stage"/> now (of a column, or all; only red ones when asked), longest first.</summary>
    public async Task<IReadOnlyList<StuckDeal>> DealsInStageAsync(string stage, ColumnBy by, Guid? column, bool redOnly, CancellationToken ct)
    {
        var threshold = (await process.StagesAsync(ct)).FirstOrDefault(s => s.Name == stage);
        var people = await access.Records.NamesAsync(ct);
        var now = clock.GetCurrentInstant();
        var deals = (await OpenDealsAsync(ct, stage))
            .Where(d => column is not { } c || Column(by, d.TeamId, d.OwnerId) == c)
            .Select(d => (Deal: d, Days: (now - d.EnteredAt).TotalDays))
            .Select(x => new StuckDeal(x.Deal.Title.Length > 0 ? x.Deal.Title : x.Deal.Stage, people.GetValueOrDefault(x.Deal.OwnerId, ""), x.Days,
                threshold?.Colour(x.Days) ?? Rag.None, RecordRef.UrlOf(RecordRef.Deal, x.Deal.DealId, x.Deal.CustomerId)))
            .Where(d => !redOnly || d.Colour == Rag.Red);
        return deals.OrderByDescending(d => d.Days).ToList();
    }

    private async Task<List<OpenDeal>> OpenDealsAsync(CancellationToken ct, string? stage = null)
    {
        var visibility = await access.VisibilityAsync(ct);
        var deals = db.Deals.AsNoTracking().Where(d => d.State == DealState.Open).VisibleTo(visibility, d => d.OwnerId);
        if (stage is not null)
        {
            deals = deals.Where(d => d.Stage == stage);
        }
        return await deals.Select(d => new OpenDeal(d.DealId, d.CustomerId, d.OwnerId, d.TeamId, d.Title, d.Stage, d.StageEnteredAt)).ToListAsync(ct);
    }

    private static bool IsRed(PipelineStage? stage, Instant enteredAt, Instant now) =>
        stage?.Colour((now - enteredAt).TotalDays) == Rag.Red;

    private static Guid Column(ColumnBy by, Guid? team, Guid owner) => by == ColumnBy.Person ? owner : team ?? Guid.Empty;

    private string Name(IReadOnlyDictionary<Guid, string> names, Guid column) =>
        names.TryGetValue(column, out var n) ? n : column == Guid.Empty ? l["Heatmap_NoTeam"] : column.ToString()[..8];

    private sealed record OpenDeal(Guid DealId, Guid CustomerId, Guid OwnerId, Guid? TeamId, string Title, string Stage, Instant EnteredAt);
}
