using Microsoft.Extensions.Localization;
using SalesSuite.Health.Domain.Process;

namespace SalesSuite.Health.Application.Process;

/// <summary>The top breakpoints (steps with the largest share of all delay the reader sees) for a manager's home panel.</summary>
internal sealed class BreakpointQueries(ProcessQueries process, IStringLocalizer<HealthModule> l)
{
    public async Task<IReadOnlyList<Breakpoint>> TopAsync(int count, int weeks, CancellationToken ct)
    {
        var cells = await process.CellsAsync(weeks, ColumnBy.Team, ct);
        var total = cells.Sum(c => c.DelayHours);
        return cells.GroupBy(c => (c.Kind, c.Step))
            .Select(g => StepCell.Sum(g.Key.Kind, g.Key.Step, g))
            .Where(s => s.DelayHours > 0)
            .OrderByDescending(s => s.DelayHours).ThenBy(s => s.Kind).ThenBy(s => s.Step, StringComparer.Ordinal)
            .Take(count)
            .Select(s => new Breakpoint(s.Kind, s.Step, StepNames.Display(l, s.Kind, s.Step), DelayShare.Of(s.DelayHours, total),
                s.BreachRate, ProcessLinks.Cell(s.Kind, s.Step, ColumnBy.Team, null, weeks, HeatMetric.Delay)))
            .ToList();
    }
}
