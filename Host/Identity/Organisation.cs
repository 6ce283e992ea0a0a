using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Identity;

/// <summary>Reads the directory from the platform database. Small organisations: one query, walked in memory.</summary>
internal sealed class Organisation(HostDbContext db) : IOrganisation
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

    private List<OrgUser>? _cache;

    private async Task<List<OrgUser>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_cache is not null)
        {
            return _cache;
        }
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!, cancellationToken);
        var userRoles = (await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(ur => ur.UserId, ur => roleNames[ur.RoleId]);
        _cache = users.Select(u =>
        {
            var team = u.TeamId is { } t && teams.TryGetValue(t, out var found) ? found : null;
            return new OrgUser(u.Id, u.UserName!, u.DisplayName, u.Email, u.PhoneNumber, u.TeamId, team?.Name, team?.Region,
                u.ManagerId, u.IsActive, userRoles[u.Id].ToList());
        }).ToList();
        return _cache;
    }
}
