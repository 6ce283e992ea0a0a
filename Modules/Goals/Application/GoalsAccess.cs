using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Goals.Application;

/// <summary>
/// Who sees and does what in Goals, per role and per person:
/// - admin, sales director and general manager see everyone; admin and director configure (action types, evidence
///   standards, reward pool, the plan template) and set company and team targets;
/// - a regional manager sees their reporting line, sets and splits their team's targets, edits their people's plans and
///   contracts, and keeps their own commitments;
/// - a salesperson sees and plans only their own (targets, contract, plan, progress).
/// A person one may not see does not exist for them (404).
/// </summary>
internal sealed class GoalsAccess(RecordAccess access)
{
    public static readonly IReadOnlyList<string> ConfigureRoles = [Roles.Admin, Roles.SalesDirector];

    public Guid UserId => access.UserId;

    public RecordAccess Records => access;

    public bool CanConfigure => access.IsInAnyRole(ConfigureRoles);

    public bool SeesAll => access.SeesAll;

    public bool IsManager => access.IsManager;

    public async Task<Visibility> VisibilityAsync(CancellationToken ct) => await access.VisibilityAsync(ct);

    public async Task<bool> CanSeeAsync(Guid userId, CancellationToken ct) => (await access.VisibilityAsync(ct)).CanSee(userId);

    /// <summary>404 for a person outside the user's reporting line.</summary>
    public async Task EnsureCanSeeAsync(Guid userId, CancellationToken ct)
    {
        if (!await CanSeeAsync(userId, ct))
        {
            throw new KeyNotFoundException();
        }
    }

    /// <summary>A manager acts on their people's targets, plans and contracts (not a salesperson on a colleague's).</summary>
    public async Task EnsureCanManageAsync(Guid userId, CancellationToken ct)
    {
        await EnsureCanSeeAsync(userId, ct);
        if (userId != UserId && !IsManager)
        {
            throw new UnauthorizedAccessException();
        }
    }

    public void EnsureCanConfigure()
    {
        if (!CanConfigure)
        {
            throw new UnauthorizedAccessException();
        }
    }
}
