using Microsoft.Extensions.Localization;
using SalesSuite.Health.Domain.Process;

namespace SalesSuite.Health.Application.Process;

/// <summary>
/// Rule-based suggestions over the period's steps the reader sees (<see cref="SuggestionRules"/>), worded in the reader's
/// language, strongest first, each linking to its evidence: the heatmap cell of the step, or the stage's dwell row.
/// </summary>
internal sealed class SuggestionService(ProcessQueries process, IStringLocalizer<HealthModule> l)
{
    public async Task<IReadOnlyList<Suggestion>> ForAsync(int weeks = ProcessFilter.DefaultWeeks, CancellationToken ct = default)
    {
        var drafts = SuggestionRules.Evaluate(await process.FactsAsync(weeks, ct));
        return drafts.OrderByDescending(d => d.Weight).ThenBy(d => d.Rule, StringComparer.Ordinal).Select(d => new Suggestion(
                d.Rule,
                l[d.Key, [StepNames.Display(l, d.Kind, d.Step), .. d.Numbers.Cast<object>()]].Value,
                d.Rule == SuggestionRules.StageOverRed
                    ? ProcessLinks.Dwell(d.Step, weeks)
                    : ProcessLinks.Cell(d.Kind, d.Step, ColumnBy.Team, null, weeks, d.Evidence),
                d.Kind, d.Step, d.Weight))
            .ToList();
    }
}
