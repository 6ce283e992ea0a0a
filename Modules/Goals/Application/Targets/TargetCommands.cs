using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Goals.Contracts;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Goals.Application.Targets;

/// <summary>
/// Sets and splits result targets. Every created or changed target publishes <see cref="TargetSet"/> with its key
/// actions (by code); a person target's key actions become the Target lines of that person's action contract for the
/// period (their own commitments stay). A split saves all shares in one commit, only when they add up to the parent.
/// </summary>
internal sealed class TargetCommands(
    GoalsDbContext db, UnitOfWork<GoalsDbContext> unitOfWork, TargetAccess access, GoalsPeopleService people, IClock clock)
{
    /// <summary>Creates a target (one per period, scope and metric) or changes one (stale version: 409).</summary>
    public async Task<Guid> SaveAsync(TargetInput input, CancellationToken ct)
    {
        Target target;
        if (input.Id is { } id)
        {
            target = await db.Targets.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new KeyNotFoundException();
            await access.EnsureCanSetAsync(target.Scope, target.ScopeId, ct);
            StaleEditException.ThrowIfChanged(input.Version, target.Version);
            db.Entry(target).Property(x => x.Version).OriginalValue = input.Version;
            target.ChangeAmount(TargetText.Amount(target.Metric, input.Amount));
        }
        else
        {
            var period = TargetText.Period(input.Period);
            var scope = TargetText.Scope(input.Scope);
            var metric = TargetText.Metric(input.Metric);
            var scopeId = scope == TargetScope.Company ? null : (Guid?)(input.ScopeId ?? throw new DomainException("Target_Error_Scope"));
            await access.EnsureCanSetAsync(scope, scopeId, ct);
            var amount = TargetText.Amount(metric, input.Amount);
            await EnsureNoDuplicateAsync(period, scope, scopeId, metric, ct);
            target = new Target(Guid.NewGuid(), period, scope, scopeId, await ScopeNameAsync(scope, scopeId, ct), metric, amount, null,
                access.Access.UserId, clock.GetCurrentInstant());
            db.Targets.Add(target);
        }
        var types = await TypesAsync(ct);
        target.SetKeyActions(input.KeyActions.Select(k => new KeyActionLine(KnownType(types, k.ActionTypeId), TargetText.Quantity(k.Quantity))));
        Published(target, types);
        await WriteContractAsync(target, removed: false, ct);
        await CommitAsync(input.Id is null ? "Target.Create" : "Target.Change", ct);
        return target.Id;
    }

    /// <summary>
    /// Saves a company target's team shares or a team target's member shares, all or nothing: refused unless they add
    /// up to the parent exactly (<see cref="TargetMath.CheckSplit"/>). A zero share removes that child's target. Each
    /// child gets the parent's key actions split by the shares (whole actions that add up too).
    /// </summary>
    public async Task SplitAsync(SplitInput input, CancellationToken ct)
    {
        var parent = await db.Targets.FirstOrDefaultAsync(t => t.Id == input.ParentId, ct) ?? throw new KeyNotFoundException();
        await access.EnsureCanSplitAsync(parent, ct);
        DomainException.ThrowIf(parent.Metric.IsRate(), "Targets_Error_RateSplit");
        StaleEditException.ThrowIfChanged(input.Version, parent.Version);
        var children = await access.ChildScopesAsync(parent, ct);
        var shares = children.Select(c => (Child: c, Line: input.Lines.FirstOrDefault(l => l.ScopeId == c.Id) ?? new SplitLineInput()))
            .Select(x => (x.Child, x.Line, Amount: TargetText.Share(parent.Metric, x.Line.Amount)))
            .ToList();
        TargetMath.CheckSplit(parent.Amount, shares.Select(s => s.Amount));
        var childScope = parent.Scope == TargetScope.Company ? TargetScope.Team : TargetScope.Person;
        var ids = children.Select(c => (Guid?)c.Id).ToList();
        var existing = await db.Targets
            .Where(t => t.PeriodKind == parent.PeriodKind && t.PeriodStart == parent.PeriodStart && t.Metric == parent.Metric
                        && t.Scope == childScope && ids.Contains(t.ScopeId))
            .ToListAsync(ct);
        var types = await TypesAsync(ct);
        var actionShares = parent.KeyActions
            .Select(k => (k.ActionTypeId, Parts: TargetMath.Split(k.Quantity, shares.Select(s => s.Amount).ToList(), 1m)))
            .ToList();
        for (var i = 0; i < shares.Count; i++)
        {
            var (child, line, amount) = shares[i];
            var target = existing.FirstOrDefault(t => t.ScopeId == child.Id);
            if (target?.Id != line.TargetId || (target is not null && target.Version != line.Version))
            {
                throw new StaleEditException();
            }
            if (amount == 0)
            {
                if (target is not null)
                {
                    db.Targets.Remove(target);
                    await WriteContractAsync(target, removed: true, ct);
                }
                continue;
            }
            if (target is null)
            {
                target = new Target(Guid.NewGuid(), parent.Period, childScope, child.Id, child.Name, parent.Metric, amount, parent.Id,
                    access.Access.UserId, clock.GetCurrentInstant());
                db.Targets.Add(target);
            }
            target.ShareOf(parent.Id);
            target.ChangeAmount(amount);
            target.SetKeyActions(actionShares.Select(a => new KeyActionLine(a.ActionTypeId, (int)a.Parts[i])));
            Published(target, types);
            await WriteContractAsync(target, removed: false, ct);
        }
        await CommitAsync("Target.Split", ct);
    }

    private async Task EnsureNoDuplicateAsync(GoalPeriod period, TargetScope scope, Guid? scopeId, ResultMetric metric, CancellationToken ct)
    {
        var taken = await db.Targets.AnyAsync(t => t.PeriodKind == period.Kind && t.PeriodStart == period.Start && t.Scope == scope
                                                   && t.ScopeId == scopeId && t.Metric == metric, ct);
        DomainException.ThrowIf(taken, "Targets_Error_Duplicate", period.Key);
    }

    private async Task<string> ScopeNameAsync(TargetScope scope, Guid? scopeId, CancellationToken ct) => scope switch
    {
        TargetScope.Company => "",
        TargetScope.Team => (await access.TeamAsync(scopeId, ct))?.Name ?? throw new KeyNotFoundException(),
        _ => (await people.InScopeAsync(scope, scopeId, ct)).FirstOrDefault()?.DisplayName ?? throw new KeyNotFoundException(),
    };

    private async Task<Dictionary<Guid, KeyActionType>> TypesAsync(CancellationToken ct) =>
        await db.ActionTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);

    private static Guid KnownType(Dictionary<Guid, KeyActionType> types, Guid id) =>
        types.ContainsKey(id) ? id : throw new DomainException("Targets_Error_ActionType");

    private void Published(Target target, Dictionary<Guid, KeyActionType> types)
    {
        var period = target.Period;
        db.Publish(new TargetSet(Guid.NewGuid(), clock.GetCurrentInstant(), access.Access.UserId, target.Id, target.ParentId,
            period.Kind.ToString(), period.Start, period.End, target.Scope.ToString(), target.ScopeId, target.Metric.ToString(),
            target.Amount, target.KeyActions.Select(k => new KeyActionQuantity(types[k.ActionTypeId].Code, k.Quantity)).ToList()));
    }

    /// <summary>A person target's key actions → that person's contract for the period (Target lines of this target only).</summary>
    private async Task WriteContractAsync(Target target, bool removed, CancellationToken ct)
    {
        if (target.Scope != TargetScope.Person || target.ScopeId is not { } userId)
        {
            return;
        }
        var period = target.Period;
        var contract = db.Contracts.Local.FirstOrDefault(c => c.UserId == userId && c.PeriodKind == period.Kind && c.PeriodStart == period.Start)
            ?? await db.Contracts.FirstOrDefaultAsync(c => c.UserId == userId && c.PeriodKind == period.Kind && c.PeriodStart == period.Start, ct);
        var mine = removed ? [] : target.KeyActions.Select(k => new ContractLine(k.ActionTypeId, k.Quantity, LineSource.Target, target.Id)).ToList();
        if (contract is null)
        {
            if (mine.Count == 0)
            {
                return;
            }
            contract = new ActionContract(Guid.NewGuid(), userId, period, clock.GetCurrentInstant());
            db.Contracts.Add(contract);
        }
        contract.SetLines(contract.Lines.Where(l => !(l.Source == LineSource.Target && l.TargetId == target.Id)).Concat(mine).ToList());
    }

    private async Task CommitAsync(string operation, CancellationToken ct)
    {
        try
        {
            await unitOfWork.CommitAsync(operation, ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // The unique (period, scope, metric) index: someone saved the same target a moment ago.
            db.ChangeTracker.Clear();
            throw new StaleEditException();
        }
    }
}
