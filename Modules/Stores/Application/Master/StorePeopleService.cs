using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Stores.Application.Master;

/// <summary>
/// Who may be named on a store: area supervisors are active regional managers, store managers active users in the
/// StoreManager role. Loaded once per request from the platform directory.
/// </summary>
internal sealed class StorePeopleService(IOrganisation organisation)
{
    private IReadOnlyList<OrgUser>? _supervisors;
    private IReadOnlyList<OrgUser>? _managers;

    public async Task<IReadOnlyList<OrgUser>> SupervisorsAsync(CancellationToken ct) =>
        _supervisors ??= await ActiveAsync(Roles.RegionalManager, ct);

    public async Task<IReadOnlyList<OrgUser>> ManagersAsync(CancellationToken ct) =>
        _managers ??= await ActiveAsync(Roles.StoreManager, ct);

    private async Task<IReadOnlyList<OrgUser>> ActiveAsync(string role, CancellationToken ct) =>
        [.. (await organisation.UsersInRoleAsync(role, ct)).Where(u => u.IsActive).OrderBy(u => u.UserName, StringComparer.Ordinal)];
}
