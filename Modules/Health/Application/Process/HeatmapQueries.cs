using Microsoft.Extensions.Localization;
using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Process;

namespace SalesSuite.Health.Application.Process;

/// <summary>
/// The breakpoint heatmap: rows = process steps grouped by kind (deal stages in pipeline order, quote approval steps,
/// collection milestones, stage tasks by role, hand-offs), columns = teams or people the reader sees; each cell's value
/// for the chosen metric with its colour (<see cref="HeatScale"/>) and drill-down.
/// </summary>
internal sealed class HeatmapQueries(ProcessQueries process, IStringLocalizer<HealthModule> l)
{
    public async Task<HeatmapView> MatrixAsync(ProcessFilter filter, CancellationToken ct)
    {
        var (by, metric, weeks) = (filter.Columns, filter.HeatMetric, filter.Weeks);
        var cells = await process.CellsAsync(weeks, by, ct);
        var names = await process.ColumnNamesAsync(by, ct);
        var stageOrder = (await process.StagesAsync(ct)).Select((s, i) => (s.Name, i)).ToDictionary(x => x.Name, x => x.i);
        var total = cells.Sum(c => c.DelayHours);
        var columns = cells.Select(c => c.Column ?? Guid.Empty).Distinct()
            .Select(id => new HeatColumn(id, names.TryGetValue(id, out var n) ? n : id == Guid.Empty ? l["Heatmap_NoTeam"] : id.ToString()[..8]))
            .OrderBy(c => c.Id == Guid.Empty).ThenBy(c => c.Name, StringComparer.CurrentCulture).ToList();

        HeatCellView View(StepCell cell, Guid? column)
        {
            var value = cell.Value(metric, total);
            return new(cell, value, HeatScale.Colour(metric, value), ProcessLinks.Cell(cell.Kind, cell.Step, by, column, weeks, metric));
        }

        var rows = cells.GroupBy(c => (c.Kind, c.Step))
            .OrderBy(g => g.Key.Kind)
            .ThenBy(g => g.Key.Kind == StepKind.Stage
                ? stageOrder.GetValueOrDefault(g.Key.Step, int.MaxValue)
                : StepNames.Rank(g.Key.Kind, g.Key.Step))
            .ThenBy(g => g.Key.Step, StringComparer.Ordinal)
            .Select(g =>
            {
                var byColumn = g.ToDictionary(c => c.Column ?? Guid.Empty);
                var row = columns.Select(col => byColumn.TryGetValue(col.Id, out var c) ? View(c, col.Id) : null).ToList();
                return new HeatRow(g.Key.Kind, g.Key.Step, StepNames.Display(l, g.Key.Kind, g.Key.Step), row,
                    View(StepCell.Sum(g.Key.Kind, g.Key.Step, g), null));
            }).ToList();
        return new(columns, rows, total, DelayShare.Headline(cells), metric);
    }
}
