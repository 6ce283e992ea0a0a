using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application;

/// <summary>
/// Who sees and does what in Collections: own / team / all as in Leads; Finance and the general manager see every record;
/// only Finance (and Admin) record payments, confirm reports, change schedules and credit limits. A record the reader may
/// not see answers 404 (<see cref="KeyNotFoundException"/>), an action their role may not take 403.
/// </summary>
internal sealed class CollectionsAccess(RecordAccess access)
{
    public static readonly IReadOnlyList<string> SeeAllRoles = [Roles.Finance, Roles.GeneralManager];
    public static readonly IReadOnlyList<string> FinanceRoles = [Roles.Finance, Roles.Admin];

    public Guid UserId => access.UserId;

    public bool IsFinance => access.IsInAnyRole(FinanceRoles);

    public bool IsManager => access.IsManager || access.IsInAnyRole(SeeAllRoles);

    public RecordAccess Records => access;

    public Task<Visibility> VisibilityAsync(CancellationToken ct) => access.VisibilityAsync(SeeAllRoles, ct);

    public async Task<bool> CanSeeAsync(Guid ownerId, CancellationToken ct) => (await VisibilityAsync(ct)).CanSee(ownerId);

    /// <summary>Throws 404 unless the reader may see a record owned by <paramref name="ownerId"/>.</summary>
    public async Task EnsureVisibleAsync(Guid ownerId, CancellationToken ct)
    {
        if (!await CanSeeAsync(ownerId, ct))
        {
            throw new KeyNotFoundException();
        }
    }

    /// <summary>Throws 403 unless the reader is Finance (or Admin).</summary>
    public void EnsureFinance()
    {
        if (!IsFinance)
        {
            throw new UnauthorizedAccessException();
        }
    }
}
