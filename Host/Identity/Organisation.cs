using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Identity;

/// <summary>
/// The directory from the platform database, walked in memory. The whole directory is read once per
/// <see cref="DirectoryChanges"/> stamp and shared by all requests (a request reads one stamp row, not every user);
/// a change to a user, team or role gives a new stamp, so the next request on every host reads it again.
/// </summary>
internal sealed class Organisation(HostDbContext db, StampedCache<Organisation> cache) : IOrganisation
{
    public async Task<OrgUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).FirstOrDefault(u => u.Id == userId);

    public async Task<IReadOnlyList<OrgUser>> ActiveUsersAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Where(u => u.IsActive).ToList();

    public async Task<IReadOnlyList<OrgUser>> UsersInRoleAsync(string role, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Where(u => u.IsActive && u.Roles.Contains(role)).ToList();

    public async Task<OrgUser?> ManagerOfAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var all = await LoadAsync(cancellationToken);
        var managerId = all.FirstOrDefault(u => u.Id == userId)?.ManagerId;
        return managerId is null ? null : all.FirstOrDefault(u => u.Id == managerId);
    }

    public async Task<IReadOnlyList<Guid>> SubordinatesOfAsync(Guid managerUserId, CancellationToken cancellationToken = default)
    {
        var all = await LoadAsync(cancellationToken);
        var found = new HashSet<Guid>();
        var frontier = new Queue<Guid>([managerUserId]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var report in all.Where(u => u.ManagerId == current && found.Add(u.Id)))
            {
                frontier.Enqueue(report.Id);
            }
        }
        found.Remove(managerUserId);
        return found.ToList();
    }

    private IReadOnlyList<OrgUser>? _users;

    private async Task<IReadOnlyList<OrgUser>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_users is not null)
        {
            return _users;
        }
        var stamp = await ChangeStamps.ValueAsync(db, DirectoryChanges.Directory, cancellationToken);
        // Shared with concurrent requests, so not cancelled by this one.
        _users = await cache.GetAsync("directory", stamp.ToString(), "all", () => ReadAsync(CancellationToken.None));
        return _users;
    }

    private async Task<IReadOnlyList<OrgUser>> ReadAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!, cancellationToken);
        var userRoles = (await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(ur => ur.UserId, ur => roleNames[ur.RoleId]);
        return users.Select(u =>
        {
            var team = u.TeamId is { } t && teams.TryGetValue(t, out var found) ? found : null;
            return new OrgUser(u.Id, u.UserName!, u.DisplayName, u.Email, u.PhoneNumber, u.TeamId, team?.Name, team?.Region,
                u.ManagerId, u.IsActive, userRoles[u.Id].ToList());
        }).ToList().AsReadOnly();
    }
}
