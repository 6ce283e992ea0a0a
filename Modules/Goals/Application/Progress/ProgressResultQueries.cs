using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Application.Results;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Goals.Application.Progress;

/// <summary>
/// The action-vs-result heatmap: per person, activity (evidence done over what their contract asks for by today, or the
/// weekly template pro-rata when they have no contract) against each metric of their person targets (actual from
/// <see cref="ResultQueries"/> over the target pro-rata to today; a rate against the target itself). A fixed handful of
/// queries whatever the number of people.
/// </summary>
internal sealed class ProgressResultQueries(GoalsDbContext db, ProgressQueries progress, ResultQueries results,
    ModuleSettings<GoalsDbContext, GoalsSettings> settings)
{
    public async Task<ResultsHeatmap> HeatmapAsync(ProgressScope scope, CancellationToken ct)
    {
        var period = scope.Period;
        var ids = scope.People.Select(p => p.Id).ToList();
        var rules = await settings.ReadAsync(ct);
        var (owed, done) = await progress.CountsForAsync(scope, ids, ct);
        var template = await TemplateAsync(rules, ct);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.Scope == TargetScope.Person && t.PeriodKind == period.Kind && t.PeriodStart == period.Start
                && t.ScopeId != null && ids.Contains(t.ScopeId.Value))
            .Select(t => new { UserId = t.ScopeId!.Value, t.Metric, t.Amount })
            .ToListAsync(ct);
        var metrics = targets.Select(t => t.Metric).Distinct().Order().ToList();
        var actuals = new Dictionary<ResultMetric, Dictionary<Guid, ResultTotal>>();
        foreach (var metric in metrics)
        {
            actuals[metric] = await results.ActualByPersonAsync(metric, period.Start, scope.CountedTo, ct);
        }
        var rows = scope.People.Select(p =>
        {
            var contract = owed.GetValueOrDefault(p.Id);
            var asked = contract is { Count: > 0 }
                ? contract.ToDictionary(l => l.Key, l => (decimal)l.Value * ProgressMath.ElapsedDays(period, scope.Today) / period.Days)
                : template.ToDictionary(l => l.Key, l => ProgressMath.WeeklyProRata(l.Value, period, scope.Today));
            var expected = decimal.Round(asked.Values.Sum(), 2);
            var doneCount = asked.Keys.Sum(t => done.GetValueOrDefault((p.Id, t)));
            var activity = ProgressMath.Percent(doneCount, expected);
            var cells = targets.Where(t => t.UserId == p.Id).Select(t =>
            {
                var goal = t.Metric.IsRate() ? t.Amount : ProgressMath.ProRata(t.Amount, period, scope.Today);
                var actual = actuals[t.Metric].GetValueOrDefault(p.Id)?.Value(t.Metric) ?? 0m;
                var result = ProgressMath.Percent(actual, goal);
                return new ResultCell(t.Metric, t.Amount, goal, actual, result,
                    ProgressMath.Classify(activity, result, rules.HighActivityPercent, rules.LowConversionPercent));
            }).ToList();
            return new ResultRow(p, doneCount, expected, activity, contract is { Count: > 0 }, cells);
        }).ToList();
        return new ResultsHeatmap(scope, metrics, rows, rules.HighActivityPercent, rules.LowConversionPercent);
    }

    /// <summary>The weekly template as action type id → per week (codes of inactive or unknown types are skipped).</summary>
    private async Task<Dictionary<Guid, int>> TemplateAsync(GoalsSettings rules, CancellationToken ct)
    {
        var codes = rules.Template.Select(l => l.ActionCode).ToList();
        var ids = await db.ActionTypes.AsNoTracking().Where(t => t.Active && codes.Contains(t.Code))
            .Select(t => new { t.Id, t.Code }).ToListAsync(ct);
        return ids.ToDictionary(t => t.Id, t => rules.Template.First(l => l.ActionCode == t.Code).PerWeek);
    }
}
