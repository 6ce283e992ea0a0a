using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Specification;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;
using RoleNames = SalesSuite.SharedKernel.Identity.Roles;

namespace SalesSuite.Host.Areas.Admin.Pages.Users;

/// <summary>The people list: search and filters re-render only the table (htmx).</summary>
public sealed class IndexModel : AdminPageModel
{
    private readonly HostDbContext _db;
    private readonly AdminLookups _lookups;
    private readonly IClock _clock;

    private readonly BusinessClock _business;
    private readonly IStringLocalizer<HostText> _l;

    internal IndexModel(HostDbContext db, AdminLookups lookups, IClock clock, BusinessClock business, IStringLocalizer<HostText> l)
    {
        _db = db;
        _lookups = lookups;
        _clock = clock;
        _business = business;
        _l = l;
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

    /// <summary>The filtered list as Excel opens it (the kernel's CSV: UTF-8 with BOM, formulas neutralised).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        string[] header =
        [
            _l["Admin_Field_DisplayName"], _l["Admin_Field_UserName"], _l["Admin_Field_PhoneNumber"], _l["Admin_Field_TeamId"],
            _l["Admin_Field_ManagerId"], _l["Admin_Field_Roles"], _l["Admin_Field_IsActive"],
        ];
        var rows = Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.DisplayName, r.UserName, r.Phone, r.Team, r.Manager, string.Join(", ", r.Roles.Select(role => _l["Role_" + role].Value)),
            _l[r.Active ? "Admin_User_Active" : "Admin_User_Inactive"].Value,
        ]);
        return this.Csv("users", _business.Today, header, rows);
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
