using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Application.Results;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Application.Targets;

/// <summary>
/// The split page of a company or team target: one line per team / salesperson with their result in the previous period
/// and a suggested share (<see cref="TargetMath.Split"/> by those results, equal without history; fen for money, whole
/// for counts), the shares stored so far and whether they still add up to the parent.
/// </summary>
internal sealed class SplitQueries(GoalsDbContext db, TargetAccess access, GoalsPeopleService people, ResultQueries results)
{
    public async Task<SplitView> ViewAsync(Guid parentId, CancellationToken ct)
    {
        var parent = await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == parentId, ct) ?? throw new KeyNotFoundException();
        await access.EnsureCanSplitAsync(parent, ct);
        DomainException.ThrowIf(parent.Metric.IsRate(), "Targets_Error_RateSplit");
        var children = await access.ChildScopesAsync(parent, ct);
        var previous = parent.Period.Previous;
        var byPerson = await results.ActualByPersonAsync(parent.Metric, previous.Start, previous.End, ct);
        var history = new List<decimal>();
        foreach (var child in children)
        {
            var who = parent.Scope == TargetScope.Company
                ? (await people.InScopeAsync(TargetScope.Team, child.Id, ct)).Select(p => p.Id).ToList()
                : [child.Id];
            history.Add(TargetQueries.Combine(parent.Metric, byPerson, who));
        }
        var suggested = TargetMath.Split(parent.Amount, history, parent.Metric.IsMoney() ? 0.01m : 1m);
        var childScope = parent.Scope == TargetScope.Company ? TargetScope.Team : TargetScope.Person;
        var ids = children.Select(c => (Guid?)c.Id).ToList();
        var existing = await db.Targets.AsNoTracking()
            .Where(t => t.PeriodKind == parent.PeriodKind && t.PeriodStart == parent.PeriodStart && t.Metric == parent.Metric
                        && t.Scope == childScope && ids.Contains(t.ScopeId))
            .ToListAsync(ct);
        var shares = await db.Targets.AsNoTracking().Where(t => t.ParentId == parent.Id).Select(t => t.Amount).ToListAsync(ct);
        var lines = children.Select((c, i) =>
        {
            var stored = existing.FirstOrDefault(t => t.ScopeId == c.Id);
            return new SplitLineView(c.Id, c.Name, history[i], suggested[i], stored?.Id, stored?.Version ?? 0, stored?.Amount);
        }).ToList();
        return new SplitView(parent.Id, parent.Scope, parent.ScopeName, parent.Period, parent.Metric, parent.Amount, parent.Version, lines,
            shares.Count == 0 ? null : shares.Sum());
    }
}
