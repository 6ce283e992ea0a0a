using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Application.Results;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Application.Targets;

/// <summary>
/// The target edit form: the stored target (or a new one's choices), one line per key action type that drives the metric
/// (active, not a manager's own commitment) and the backward decomposition suggested from the scope's history over the
/// previous 2 periods of the same kind (<see cref="Decomposition"/>).
/// </summary>
internal sealed class TargetFormQueries(
    GoalsDbContext db, TargetAccess access, GoalsPeopleService people, ResultQueries results, BusinessClock clock)
{
    /// <summary>
    /// Builds the form around <paramref name="input"/> (the posted or requested values). A GET of a stored target fills the
    /// input from it; <paramref name="suggest"/> overwrites the quantities with the suggestion.
    /// </summary>
    public async Task<TargetForm> FormAsync(TargetInput input, bool fromStore, bool suggest, CancellationToken ct)
    {
        string label;
        if (input.Id is { } id)
        {
            var target = await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new KeyNotFoundException();
            if (!await access.CanSeeAsync(target.Scope, target.ScopeId, ct))
            {
                throw new KeyNotFoundException();
            }
            input.Period = target.Period.Key;
            input.Scope = target.Scope.ToString();
            input.ScopeId = target.ScopeId;
            input.Metric = target.Metric.ToString();
            if (fromStore)
            {
                input.Amount = TargetText.Input(target.Metric, target.Amount);
                input.Version = target.Version;
                input.KeyActions = target.KeyActions
                    .Select(k => new KeyActionInput { ActionTypeId = k.ActionTypeId, Quantity = k.Quantity.ToString(CultureInfo.InvariantCulture) })
                    .ToList();
            }
            label = target.ScopeName;
        }
        else
        {
            input.Period = GoalPeriod.Parse(input.Period)?.Key ?? input.Period ?? GoalPeriod.Of(PeriodKind.Quarter, clock.Today).Key;
            input.Scope ??= access.Access.CanConfigure ? nameof(TargetScope.Company) : nameof(TargetScope.Person);
            input.Metric ??= nameof(ResultMetric.CollectedAmount);
            label = "";
        }
        var metric = Enum.TryParse<ResultMetric>(input.Metric, out var m) ? m : ResultMetric.CollectedAmount;
        var period = GoalPeriod.Parse(input.Period);
        var scope = Enum.TryParse<TargetScope>(input.Scope, out var s) ? s : TargetScope.Company;
        var types = await TypesForAsync(metric, input.KeyActions.Select(k => k.ActionTypeId), ct);
        var amount = TargetText.Number(input.Amount) is { } a && a > 0 && a <= metric.Max() ? a : 0;
        var suggestions = period is { } p && amount > 0 && (scope == TargetScope.Company || input.ScopeId is not null)
            ? await SuggestAsync(p, scope, input.ScopeId, metric, amount, types, ct)
            : [];
        input.KeyActions = types.Select(t => new KeyActionInput
        {
            ActionTypeId = t.Id,
            Quantity = suggest && suggestions.FirstOrDefault(x => x.ActionTypeId == t.Id) is { } sg
                ? sg.Quantity.ToString(CultureInfo.InvariantCulture)
                : input.KeyActions.FirstOrDefault(k => k.ActionTypeId == t.Id)?.Quantity,
        }).ToList();
        var chinese = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var lines = types.Select(t => new FormLine(t.Id, t.Name(chinese), suggestions.FirstOrDefault(x => x.ActionTypeId == t.Id))).ToList();
        return new TargetForm(input, input.Id is null, label, access.Access.CanConfigure, await TeamOptionsAsync(ct), await PeopleOptionsAsync(ct),
            lines, period?.Previous.Previous, period?.Previous);
    }

    /// <summary>The suggested key actions for an amount, from the scope's people's history (company: everyone).</summary>
    public async Task<IReadOnlyList<DecompositionLine>> SuggestAsync(GoalPeriod period, TargetScope scope, Guid? scopeId, ResultMetric metric,
        decimal amount, IReadOnlyList<KeyActionType> types, CancellationToken ct)
    {
        IReadOnlyCollection<Guid>? who = scope == TargetScope.Company ? null
            : (await people.InScopeAsync(scope, scopeId, ct)).Select(p => p.Id).ToList();
        var from = period.Previous.Previous.Start;
        var to = period.Previous.End;
        var result = metric.IsRate() ? 0 : await results.ActualAsync(metric, who, from, to, ct);
        var ids = types.Select(t => t.Id).ToList();
        var matches = db.Matches.AsNoTracking().Where(x => ids.Contains(x.ActionTypeId) && x.Day >= from && x.Day <= to);
        if (who is not null)
        {
            matches = matches.Where(x => who.Contains(x.UserId));
        }
        var counts = await matches.GroupBy(x => x.ActionTypeId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return Decomposition.Suggest(metric, amount, types.Select(t => new ConversionHistory(t.Id, t.Code, result, counts.GetValueOrDefault(t.Id))));
    }

    /// <summary>Active action types that drive <paramref name="metric"/> (not managers' own), plus any already chosen.</summary>
    public async Task<IReadOnlyList<KeyActionType>> TypesForAsync(ResultMetric metric, IEnumerable<Guid> chosen, CancellationToken ct)
    {
        var ids = chosen.ToList();
        var all = await db.ActionTypes.AsNoTracking().ToListAsync(ct);
        return all.Where(t => (t.Active && !t.ForManagers && t.DrivesMetric == metric) || ids.Contains(t.Id))
            .OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
    }

    private async Task<IReadOnlyList<ScopeOption>> TeamOptionsAsync(CancellationToken ct) =>
        access.Access.CanConfigure ? (await access.TeamsAsync(ct)).Select(t => new ScopeOption(t.Id, t.Name)).ToList() : [];

    private async Task<IReadOnlyList<ScopeOption>> PeopleOptionsAsync(CancellationToken ct)
    {
        var list = new List<ScopeOption>();
        foreach (var p in await people.PeopleAsync(ct))
        {
            if (await access.CanSetAsync(TargetScope.Person, p.Id, ct))
            {
                list.Add(new ScopeOption(p.Id, p.DisplayName));
            }
        }
        return list;
    }
}
