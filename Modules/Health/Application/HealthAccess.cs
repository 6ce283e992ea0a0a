using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application;

/// <summary>
/// Who sees and does what in Health (the module's pages are for managers only, see HealthModule.AccessRoles): the
/// director, general manager and admin see every team; a regional manager sees their own team's people and records.
/// Thresholds, rules and the grading model are the director's (and admin's); any manager may reverse an action on a
/// person they can see, with a reason.
/// </summary>
internal sealed class HealthAccess(RecordAccess access)
{
    public static readonly IReadOnlyList<string> ConfigureRoles = [Roles.SalesDirector, Roles.Admin];

    public Guid UserId => access.UserId;

    public bool CanConfigure => access.IsInAnyRole(ConfigureRoles);

    public bool SeesAll => access.SeesAll;

    public RecordAccess Records => access;

    /// <summary>Own / team / all as everywhere (a manager's team = their subordinates and themselves).</summary>
    public Task<Visibility> VisibilityAsync(CancellationToken ct) => access.VisibilityAsync(ct);

    public async Task EnsureVisibleAsync(Guid ownerId, CancellationToken ct)
    {
        if (!(await VisibilityAsync(ct)).CanSee(ownerId))
        {
            throw new KeyNotFoundException();
        }
    }

    public void EnsureCanConfigure()
    {
        if (!CanConfigure)
        {
            throw new UnauthorizedAccessException();
        }
    }

    public void EnsureManager()
    {
        if (!access.IsManager)
        {
            throw new UnauthorizedAccessException();
        }
    }
}
