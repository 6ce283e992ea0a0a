using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Application.Targets;

/// <summary>
/// Who sets and splits which target (one rule for the commands and the pages' buttons):
/// company and team targets: admin / director (<see cref="GoalsAccess.CanConfigure"/>); a team target's split also the
/// team's regional manager; a person target: the person's manager (a regional manager for their people, not for
/// themself; admin / director for anyone). A salesperson only reads their own.
/// A team target is visible to those who see all and to the team's manager; a person target to whoever sees the person.
/// </summary>
internal sealed class TargetAccess(GoalsAccess access, GoalsPeopleService people)
{
    private IReadOnlyList<GoalTeam>? _teams;

    public GoalsAccess Access => access;

    public async Task<IReadOnlyList<GoalTeam>> TeamsAsync(CancellationToken ct) => _teams ??= await people.TeamsAsync(ct);

    public async Task<GoalTeam?> TeamAsync(Guid? teamId, CancellationToken ct) =>
        (await TeamsAsync(ct)).FirstOrDefault(t => t.Id == teamId);

    /// <summary>Teams whose targets the user sees (all, or the teams they manage).</summary>
    public async Task<IReadOnlyList<GoalTeam>> VisibleTeamsAsync(CancellationToken ct) =>
        access.SeesAll ? await TeamsAsync(ct) : (await TeamsAsync(ct)).Where(t => t.Manager?.Id == access.UserId).ToList();

    public async Task<bool> CanSeeAsync(TargetScope scope, Guid? scopeId, CancellationToken ct) => scope switch
    {
        TargetScope.Company => access.IsManager,
        TargetScope.Team => (await VisibleTeamsAsync(ct)).Any(t => t.Id == scopeId),
        _ => scopeId is { } id && await access.CanSeeAsync(id, ct),
    };

    public async Task<bool> CanSetAsync(TargetScope scope, Guid? scopeId, CancellationToken ct) => scope switch
    {
        TargetScope.Person => scopeId is { } id && access.IsManager && await access.CanSeeAsync(id, ct)
            && (id != access.UserId || access.CanConfigure),
        _ => access.CanConfigure,
    };

    public async Task<bool> CanSplitAsync(TargetScope scope, Guid? scopeId, CancellationToken ct) => scope switch
    {
        TargetScope.Company => access.CanConfigure,
        TargetScope.Team => access.CanConfigure || (await TeamAsync(scopeId, ct))?.Manager?.Id == access.UserId,
        _ => false,
    };

    /// <summary>404 when the user may not see the target's scope, 403 when they see it but may not set it.</summary>
    public async Task EnsureCanSetAsync(TargetScope scope, Guid? scopeId, CancellationToken ct)
    {
        if (scope != TargetScope.Company && access.IsManager && !await CanSeeAsync(scope, scopeId, ct))
        {
            throw new KeyNotFoundException();
        }
        if (!await CanSetAsync(scope, scopeId, ct))
        {
            throw new UnauthorizedAccessException();
        }
    }

    /// <summary>404 when the user may not see the parent, 403 when they may not split it.</summary>
    public async Task EnsureCanSplitAsync(Target parent, CancellationToken ct)
    {
        if (!await CanSeeAsync(parent.Scope, parent.ScopeId, ct))
        {
            throw new KeyNotFoundException();
        }
        if (!await CanSplitAsync(parent.Scope, parent.ScopeId, ct))
        {
            throw new UnauthorizedAccessException();
        }
    }

    /// <summary>The lines a split has: every team for a company target, every salesperson of the team for a team target.</summary>
    public async Task<IReadOnlyList<SplitChild>> ChildScopesAsync(Target parent, CancellationToken ct)
    {
        if (parent.Scope == TargetScope.Company)
        {
            return (await TeamsAsync(ct)).Select(t => new SplitChild(t.Id, t.Name)).ToList();
        }
        DomainException.ThrowIf(parent.Scope != TargetScope.Team, "Targets_Error_NoSplit");
        var team = await TeamAsync(parent.ScopeId, ct) ?? throw new KeyNotFoundException();
        return team.Members.Select(m => new SplitChild(m.Id, m.DisplayName)).ToList();
    }
}

/// <summary>One line of a split: a team (company target) or a salesperson (team target).</summary>
internal sealed record SplitChild(Guid Id, string Name);
