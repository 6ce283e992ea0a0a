using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;

namespace SalesSuite.Host.Areas.Admin.Pages.Roles;

/// <summary>The fixed roles, what each does in SalesSuite, and how many active people hold it.</summary>
public sealed class IndexModel(HostDbContext db) : AdminPageModel
{
    public sealed record Row(string Name, int Members);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counts = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            join u in db.Users on ur.UserId equals u.Id
                            where u.IsActive
                            group ur by r.Name into g
                            select new { Name = g.Key!, Count = g.Count() }).ToDictionaryAsync(x => x.Name, x => x.Count, cancellationToken);
        Rows = SalesSuite.SharedKernel.Identity.Roles.All.Select(r => new Row(r, counts.GetValueOrDefault(r))).ToList();
    }
}
