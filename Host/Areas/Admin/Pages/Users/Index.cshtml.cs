using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Specification;
using RoleNames = SalesSuite.SharedKernel.Identity.Roles;

namespace SalesSuite.Host.Areas.Admin.Pages.Users;

/// <summary>The people list: search and filters re-render only the table (htmx).</summary>
public sealed class IndexModel : AdminPageModel
{
    private readonly HostDbContext _db;
    private readonly AdminLookups _lookups;
    private readonly IClock _clock;

    internal IndexModel(HostDbContext db, AdminLookups lookups, IClock clock)
    {
        _db = db;
        _lookups = lookups;
        _clock = clock;
    }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Team { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Active { get; set; }

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Request.IsHtmx())
        {
            return Partial("_UserTable", this);
        }
        Teams = await _lookups.TeamsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var roleNames = await _db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!, cancellationToken);
        var userRoles = (await _db.UserRoles.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(ur => ur.UserId, ur => roleNames[ur.RoleId]);
        IReadOnlyCollection<Guid>? inRole = RoleNames.All.Contains(Role ?? string.Empty)
            ? userRoles.Where(g => g.Contains(Role!)).Select(g => g.Key).ToList()
            : null;
        var users = await _db.Users.WithSpecification(new UserListSpec(Q, Team, Active, inRole)).ToListAsync(cancellationToken);
        var teams = await _db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var names = await _db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var now = _clock.GetCurrentInstant().ToDateTimeOffset();
        Rows = users.Select(u => new UserRow(u.Id, u.UserName!, u.DisplayName, u.PhoneNumber,
            u.TeamId is { } t ? teams.GetValueOrDefault(t) : null,
            u.ManagerId is { } m ? names.GetValueOrDefault(m) : null,
            userRoles[u.Id].ToList(), u.IsActive, u.LockoutEnd is { } end && end > now)).ToList();
    }
}
