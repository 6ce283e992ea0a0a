using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application;

/// <summary>
/// Per request: who is asking and whose records they may see (own / team / all). Superseded by the kernel's
/// RecordAccess + LeadsPermissions; kept until the remaining pages move over.
/// </summary>
internal sealed class LeadsAccess(ICurrentUser user, IOrganisation organisation)
{
    private Visibility? _visibility;

    public Guid UserId => user.UserId ?? throw new InvalidOperationException("Signed-in user required.");

    public bool IsManager =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.SalesDirector) || user.IsInRole(Roles.RegionalManager)
        || user.IsInRole(Roles.GeneralManager);

    public bool CanConfigure => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.SalesDirector);

    public bool CanClaim => user.IsInRole(Roles.Salesperson) || IsManager;

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(CancellationToken ct) =>
        (await organisation.ActiveUsersAsync(ct)).ToDictionary(u => u.Id, u => u.DisplayName);

    /// <summary>Salespeople this user may hand work to or assign leads to (all for directors, the team for managers).</summary>
    public async Task<IReadOnlyList<OrgUser>> AssignableAsync(CancellationToken ct)
    {
        var visibility = await VisibilityAsync(ct);
        var people = await organisation.UsersInRoleAsync(Roles.Salesperson, ct);
        return people.Where(p => p.IsActive && visibility.CanSee(p.Id)).OrderBy(p => p.UserName).ToList();
    }

    public async Task<Visibility> VisibilityAsync(CancellationToken ct) =>
        _visibility ??= await Visibility.ForAsync(user, organisation, ct);

    public async Task<bool> CanSeeAsync(Guid? ownerId, CancellationToken ct) =>
        ownerId is { } id && (await VisibilityAsync(ct)).CanSee(id);
}
