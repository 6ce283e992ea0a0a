using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;

namespace SalesSuite.Host.Areas.Admin;

/// <summary>Options for the team, manager and leader drop-downs.</summary>
internal sealed class AdminLookups(HostDbContext db)
{
    public async Task<List<SelectListItem>> TeamsAsync(CancellationToken cancellationToken) =>
        (await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken))
            .Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();

    /// <summary>Active people (plus the current choice, even when deactivated), excluding <paramref name="except"/>.</summary>
    public async Task<List<SelectListItem>> PeopleAsync(Guid? except, Guid? current, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().Where(u => (u.IsActive || u.Id == current) && u.Id != except)
            .Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .Select(u => new SelectListItem($"{u.DisplayName} ({u.UserName})", u.Id.ToString())).ToList();
}
