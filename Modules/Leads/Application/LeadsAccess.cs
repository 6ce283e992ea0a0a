using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application;

/// <summary>Per request: who is asking and whose records they may see (own / team / all).</summary>
internal sealed class LeadsAccess(ICurrentUser user, IOrganisation organisation)
{
    private Visibility? _visibility;

    public Guid UserId => user.UserId ?? throw new InvalidOperationException("Signed-in user required.");

    public bool IsManager => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.SalesDirector) || user.IsInRole(Roles.RegionalManager) || user.IsInRole(Roles.GeneralManager);

    public bool CanConfigure => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.SalesDirector);

    public bool CanClaim => user.IsInRole(Roles.Salesperson) || IsManager;

    public async Task<Visibility> VisibilityAsync(CancellationToken ct) =>
        _visibility ??= await Visibility.ForAsync(user, organisation, ct);

    public async Task<bool> CanSeeAsync(Guid? ownerId, CancellationToken ct) =>
        ownerId is { } id && (await VisibilityAsync(ct)).CanSee(id);
}
