using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Application.Results;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Goals.Application.Rewards;

/// <summary>
/// Calculates a target's reward pool from facts, never from typed numbers: the actual from <see cref="ResultQueries"/>
/// (the company: every owner's facts; a team: its people's), the people from <see cref="GoalsPeopleService.InScopeAsync"/>,
/// the ranking from their action contracts of the same period (<see cref="ActionContract.CompletedAt"/>), share % and
/// top % from Goals' settings (the defaults until saved).
/// </summary>
internal sealed class RewardCalculationService(
    GoalsDbContext db, ResultQueries results, GoalsPeopleService people, ModuleSettings<GoalsDbContext, GoalsSettings> settings)
{
    /// <summary>Company and team targets on money: the ones that carry a reward pool.</summary>
    public static bool HasPool(Target target) => target.Scope != TargetScope.Person && target.Metric.IsMoney();

    public async Task<RewardCalculation> CalculateAsync(Target target, CancellationToken ct)
    {
        var config = await settings.ReadAsync(ct);
        var scope = await people.InScopeAsync(target.Scope, target.ScopeId, ct);
        var ids = scope.Select(p => p.Id).ToList();
        var actual = await results.ActualAsync(target.Metric, target.Scope == TargetScope.Company ? null : ids,
            target.PeriodStart, target.PeriodEnd, ct);
        var contracts = (await db.Contracts.AsNoTracking()
                .Where(c => c.PeriodKind == target.PeriodKind && c.PeriodStart == target.PeriodStart && ids.Contains(c.UserId))
                .Select(c => new { c.UserId, c.CompletedAt })
                .ToListAsync(ct))
            .ToDictionary(c => c.UserId, c => c.CompletedAt);
        var persons = scope.Select(p => new RewardPerson(p.Id, p.DisplayName, contracts.ContainsKey(p.Id), contracts.GetValueOrDefault(p.Id)))
            .ToList();
        var inputs = new RewardInputs(target.Amount, actual, config.RewardSharePercent, config.RewardTopPercent);
        return new RewardCalculation(inputs, scope, inputs.Split(persons));
    }
}
