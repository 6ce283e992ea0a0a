using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Areas.Admin.Pages.Teams;

public sealed class IndexModel(HostDbContext db, BusinessClock clock, IStringLocalizer<HostText> l) : AdminPageModel
{
    public sealed record Row(Guid Id, string Name, string Region, string? Leader, int Members);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The teams as Excel opens them (the kernel's CSV: UTF-8 with BOM, formulas neutralised).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        string[] header = [l["Admin_Field_Name"], l["Admin_Field_Region"], l["Admin_Field_LeaderId"], l["Admin_Team_Members"]];
        return this.Csv("teams", clock.Today, header, Rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.Region, r.Leader, r.Members]));
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var people = await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.TeamId, u.IsActive }).ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        Rows = teams.Select(t => new Row(t.Id, t.Name, t.Region,
            people.FirstOrDefault(p => p.Id == t.LeaderId)?.DisplayName,
            people.Count(p => p.TeamId == t.Id && p.IsActive))).ToList();
    }
}
