using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Goals.Application.Rewards;

/// <summary>
/// The reward overview of a period and one target's statement. Who sees what:
/// admin, director and general manager see every statement in full; anyone else sees a statement whose scope holds
/// someone they can see (a salesperson: their team's and the company's; a regional manager: their team's and the
/// company's), with the pool arithmetic and only the lines of the people they can see (a salesperson: their own line).
/// Any other statement does not exist for them (404). Only admin and director calculate and close.
/// </summary>
internal sealed class RewardQueries(GoalsDbContext db, GoalsAccess access, GoalsPeopleService people, RewardCalculationService calculator)
{
    public async Task<IReadOnlyList<RewardRow>> PeriodAsync(GoalPeriod period, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var targets = (await db.Targets.AsNoTracking()
                .Where(t => t.PeriodKind == period.Kind && t.PeriodStart == period.Start && t.Scope != TargetScope.Person)
                .ToListAsync(ct))
            .Where(RewardCalculationService.HasPool)
            .OrderBy(t => t.Scope).ThenBy(t => t.ScopeName, StringComparer.Ordinal).ThenBy(t => t.Metric)
            .ToList();
        var ids = targets.Select(t => t.Id).ToList();
        var statements = await db.RewardStatements.AsNoTracking().Where(s => ids.Contains(s.TargetId)).ToDictionaryAsync(s => s.TargetId, ct);
        var rows = new List<RewardRow>();
        foreach (var target in targets)
        {
            var scope = await people.InScopeAsync(target.Scope, target.ScopeId, ct);
            if (!CanSee(visibility, scope))
            {
                continue;
            }
            var stored = statements.GetValueOrDefault(target.Id);
            var state = stored is null ? RewardState.Preview : stored.IsClosed ? RewardState.Closed : RewardState.Calculated;
            var (inputs, outcome) = stored is { IsClosed: true }
                ? (new RewardInputs(stored.TargetAmount, stored.Actual, stored.SharePercent, stored.TopPercent), stored.Outcome)
                : Live(await calculator.CalculateAsync(target, ct));
            rows.Add(new RewardRow(target.Id, target.Scope, target.ScopeName, target.Metric, inputs.Target, inputs.Actual,
                outcome.AboveTarget, outcome.Pool, outcome.Status == PoolStatus.Assigned ? outcome.Winners : 0, outcome.Status, state));
        }
        return rows;
    }

    /// <summary>The statement of a company or team money target; null (404) when there is none or the reader may not see it.</summary>
    public async Task<RewardStatementView?> StatementAsync(Guid targetId, CancellationToken ct)
    {
        var target = await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == targetId, ct);
        if (target is null || !RewardCalculationService.HasPool(target))
        {
            return null;
        }
        var visibility = await access.VisibilityAsync(ct);
        var stored = await db.RewardStatements.AsNoTracking().FirstOrDefaultAsync(s => s.TargetId == targetId, ct);
        RewardCalculation? fresh = stored is { IsClosed: true } ? null : await calculator.CalculateAsync(target, ct);
        var scope = fresh?.People ?? await people.InScopeAsync(target.Scope, target.ScopeId, ct);
        if (!CanSee(visibility, scope) && !(stored?.Lines.Any(l => visibility.CanSee(l.UserId)) ?? false))
        {
            return null;
        }
        var inputs = stored is null ? fresh!.Inputs : new RewardInputs(stored.TargetAmount, stored.Actual, stored.SharePercent, stored.TopPercent);
        var outcome = stored?.Outcome ?? fresh!.Outcome;
        var lines = outcome.Lines.Where(l => visibility.CanSee(l.UserId)).ToList();
        var state = stored is null ? RewardState.Preview : stored.IsClosed ? RewardState.Closed : RewardState.Calculated;
        var closedBy = stored?.ClosedBy is { } by ? (await access.Records.NamesAsync(ct)).GetValueOrDefault(by) : null;
        var changed = stored is { IsClosed: false } && !stored.Matches(fresh!.Inputs, fresh.Outcome);
        return new RewardStatementView(target, inputs, outcome, lines, outcome.Lines.Count - lines.Count, state, stored?.Version ?? 0,
            stored?.CalculatedAt, stored?.ClosedAt, closedBy, changed, access.CanConfigure);
    }

    private static bool CanSee(Visibility visibility, IReadOnlyList<OrgUser> scope) => visibility.All || scope.Any(p => visibility.CanSee(p.Id));

    private static (RewardInputs, RewardOutcome) Live(RewardCalculation calculation) => (calculation.Inputs, calculation.Outcome);
}
