using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Application.Results;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.Targets;

/// <summary>
/// The targets of a period the user may see (filtered in the database: all for admin / director / GM; the company, their
/// teams and their people for a regional manager; only their own for a salesperson), each with its actual from
/// <see cref="ResultQueries"/>, the completion percent and the key actions done so far.
/// </summary>
internal sealed class TargetQueries(GoalsDbContext db, TargetAccess access, GoalsPeopleService people, ResultQueries results)
{
    public async Task<TargetList> ListAsync(GoalPeriod period, CancellationToken ct)
    {
        var visibility = await access.Access.VisibilityAsync(ct);
        var all = visibility.All;
        var manager = access.Access.IsManager;
        var teams = (await access.VisibleTeamsAsync(ct)).Select(t => (Guid?)t.Id).ToList();
        var owners = visibility.Owners.Select(o => (Guid?)o).ToList();
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.PeriodKind == period.Kind && t.PeriodStart == period.Start)
            .Where(t => all || (t.Scope == TargetScope.Company && manager) || (t.Scope == TargetScope.Team && teams.Contains(t.ScopeId))
                        || (t.Scope == TargetScope.Person && owners.Contains(t.ScopeId)))
            .ToListAsync(ct);
        var parentIds = targets.Select(t => (Guid?)t.Id).ToList();
        var shares = await db.Targets.AsNoTracking().Where(t => parentIds.Contains(t.ParentId))
            .GroupBy(t => t.ParentId).Select(g => new { g.Key, Sum = g.Sum(t => t.Amount) })
            .ToDictionaryAsync(x => x.Key!.Value, x => x.Sum, ct);
        var actuals = new Dictionary<ResultMetric, Dictionary<Guid, ResultTotal>>();
        foreach (var metric in targets.Select(t => t.Metric).Distinct())
        {
            actuals[metric] = await results.ActualByPersonAsync(metric, period.Start, period.End, ct);
        }
        var done = await DoneAsync(period, targets, ct);
        var names = await ActionNamesAsync(ct);
        var rows = new List<TargetRow>();
        foreach (var (target, depth) in Tree(targets))
        {
            var scopePeople = await PeopleOfAsync(target, ct);
            var actual = Combine(target.Metric, actuals[target.Metric], scopePeople);
            var lines = target.KeyActions.Select(k => new KeyActionView(k.ActionTypeId, names.GetValueOrDefault(k.ActionTypeId, "?"), k.Quantity,
                done.Where(d => d.Key.Type == k.ActionTypeId && (scopePeople is null || scopePeople.Contains(d.Key.User))).Sum(d => d.Value)))
                .ToList();
            rows.Add(new TargetRow(target.Id, depth, target.Scope, target.ScopeId, target.ScopeName, target.Metric, target.Amount, actual,
                Percent(actual, target.Amount), lines, shares.TryGetValue(target.Id, out var sum) ? sum : null,
                await access.CanSetAsync(target.Scope, target.ScopeId, ct),
                !target.Metric.IsRate() && await access.CanSplitAsync(target.Scope, target.ScopeId, ct)));
        }
        return new TargetList(period, rows, access.Access.IsManager);
    }

    /// <summary>Completion in percent (one decimal); for a rate, the actual rate against the target rate.</summary>
    public static decimal Percent(decimal actual, decimal amount) => amount <= 0 ? 0 : decimal.Round(actual * 100m / amount, 1);

    /// <summary>A scope's actual from the per-person totals (null people: everyone).</summary>
    public static decimal Combine(ResultMetric metric, IReadOnlyDictionary<Guid, ResultTotal> byPerson, IReadOnlyCollection<Guid>? scopePeople)
    {
        var rows = byPerson.Where(p => scopePeople is null || scopePeople.Contains(p.Key)).Select(p => p.Value).ToList();
        var total = new ResultTotal(rows.Sum(r => r.Sum), rows.Sum(r => r.Count));
        return total.Value(metric);
    }

    /// <summary>The people whose results count for a target (null: the company, everyone).</summary>
    public async Task<IReadOnlyCollection<Guid>?> PeopleOfAsync(Target target, CancellationToken ct) =>
        target.Scope == TargetScope.Company ? null
            : (await people.InScopeAsync(target.Scope, target.ScopeId, ct)).Select(p => p.Id).ToHashSet();

    public async Task<Dictionary<Guid, string>> ActionNamesAsync(CancellationToken ct)
    {
        var chinese = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        return (await db.ActionTypes.AsNoTracking().ToListAsync(ct)).ToDictionary(t => t.Id, t => t.Name(chinese));
    }

    private async Task<Dictionary<(Guid User, Guid Type), int>> DoneAsync(GoalPeriod period, List<Target> targets, CancellationToken ct)
    {
        var types = targets.SelectMany(t => t.KeyActions).Select(k => k.ActionTypeId).Distinct().ToList();
        if (types.Count == 0)
        {
            return [];
        }
        var rows = await db.Matches.AsNoTracking()
            .Where(m => types.Contains(m.ActionTypeId) && m.Day >= period.Start && m.Day <= period.End)
            .GroupBy(m => new { m.UserId, m.ActionTypeId })
            .Select(g => new { g.Key.UserId, g.Key.ActionTypeId, Count = g.Count() })
            .ToListAsync(ct);
        return rows.ToDictionary(r => (r.UserId, r.ActionTypeId), r => r.Count);
    }

    /// <summary>Parents before their shares (depth-first), roots by scope, metric and name.</summary>
    private static IEnumerable<(Target Target, int Depth)> Tree(List<Target> targets)
    {
        var ids = targets.Select(t => t.Id).ToHashSet();
        var byParent = targets.Where(t => t.ParentId is { } p && ids.Contains(p)).ToLookup(t => t.ParentId!.Value);
        IEnumerable<(Target, int)> Walk(Target t, int depth) =>
            new[] { (t, depth) }.Concat(Order(byParent[t.Id]).SelectMany(c => Walk(c, depth + 1)));
        return Order(targets.Where(t => t.ParentId is not { } p || !ids.Contains(p))).SelectMany(t => Walk(t, 0));
    }

    private static IEnumerable<Target> Order(IEnumerable<Target> targets) =>
        targets.OrderBy(t => t.Scope).ThenBy(t => t.Metric).ThenBy(t => t.ScopeName, StringComparer.Ordinal);
}
