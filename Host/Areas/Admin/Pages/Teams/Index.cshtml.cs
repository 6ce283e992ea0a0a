using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;

namespace SalesSuite.Host.Areas.Admin.Pages.Teams;

public sealed class IndexModel(HostDbContext db) : AdminPageModel
{
    public sealed record Row(Guid Id, string Name, string Region, string? Leader, int Members);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var people = await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.TeamId, u.IsActive }).ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        Rows = teams.Select(t => new Row(t.Id, t.Name, t.Region,
            people.FirstOrDefault(p => p.Id == t.LeaderId)?.DisplayName,
            people.Count(p => p.TeamId == t.Id && p.IsActive))).ToList();
    }
}
