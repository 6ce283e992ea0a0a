using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Application.Rewards;

/// <summary>
/// Admin and the sales director calculate a target's reward statement (again, until it is closed) and close it. A close
/// carries the statement's Version and the pool the form showed: a stale form is 409 (Common_StaleEdit), and numbers that
/// changed since the calculation (new facts, a contract completed, a target or setting changed) are 409 "recalculate first".
/// </summary>
internal sealed class RewardCommands(
    GoalsDbContext db, UnitOfWork<GoalsDbContext> uow, GoalsAccess access, RewardCalculationService calculator, BusinessClock clock)
{
    public async Task CalculateAsync(Guid targetId, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var target = await TargetAsync(targetId, ct);
        var statement = await db.RewardStatements.FirstOrDefaultAsync(s => s.TargetId == targetId, ct);
        DomainException.ThrowIf(statement?.IsClosed == true, "Rewards_Error_Closed");
        if (statement is null)
        {
            statement = new RewardStatement(Guid.NewGuid(), target);
            db.RewardStatements.Add(statement);
        }
        var fresh = await calculator.CalculateAsync(target, ct);
        statement.Recalculate(fresh.Inputs, fresh.Outcome, clock.Now, access.UserId);
        await uow.CommitAsync("Rewards.Calculate", ct);
    }

    public async Task CloseAsync(Guid targetId, int version, decimal shownPool, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var target = await TargetAsync(targetId, ct);
        var statement = await db.RewardStatements.FirstOrDefaultAsync(s => s.TargetId == targetId, ct)
            ?? throw new DomainException("Rewards_Error_NotCalculated");
        DomainException.ThrowIf(statement.IsClosed, "Rewards_Error_Closed");
        StaleEditException.ThrowIfChanged(version, statement.Version);
        db.Entry(statement).Property(x => x.Version).OriginalValue = version;
        var fresh = await calculator.CalculateAsync(target, ct);
        if (shownPool != statement.Pool || !statement.Matches(fresh.Inputs, fresh.Outcome))
        {
            throw new RecalculateFirstException();
        }
        statement.Close(clock.Now, access.UserId);
        await uow.CommitAsync("Rewards.Close", ct);
    }

    private async Task<Target> TargetAsync(Guid targetId, CancellationToken ct)
    {
        var target = await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == targetId, ct);
        return target is not null && RewardCalculationService.HasPool(target) ? target : throw new KeyNotFoundException();
    }
}
