namespace SalesSuite.SharedKernel.Identity;

/// <summary>
/// The platform's directory of people, teams and reporting lines, owned by the host.
/// Modules use it for visibility (own / team / all) and escalation (whose manager).
/// </summary>
public interface IOrganisation
{
    Task<OrgUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<OrgUser>> ActiveUsersAsync(CancellationToken cancellationToken = default);
    Task<IReadOnlyList<OrgUser>> UsersInRoleAsync(string role, CancellationToken cancellationToken = default);
    /// <summary>The user's direct manager, or null at the top of the tree.</summary>
    Task<OrgUser?> ManagerOfAsync(Guid userId, CancellationToken cancellationToken = default);
    /// <summary>Everyone who reports to the manager, directly or indirectly (the manager excluded).</summary>
    Task<IReadOnlyList<Guid>> SubordinatesOfAsync(Guid managerUserId, CancellationToken cancellationToken = default);
}
