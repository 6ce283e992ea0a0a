using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;
using SalesSuite.Host.Notifications;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Localization;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Pages;

public sealed class IndexModel(
    IEnumerable<IModule> modules, JsonStringLocalizerFactory localizers, HostDbContext db,
    ICurrentUser currentUser, NotificationText text, BusinessClock clock) : PageModel
{
    public sealed record Tile(string Module, string Area, string Page, string Label, string Description);

    public sealed record RecentItem(string Text, string When);

    public string DisplayName { get; private set; } = string.Empty;
    public IReadOnlyList<Tile> Tiles { get; private set; } = [];
    public IReadOnlyList<RecentItem> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DisplayName = User.DisplayName();
        Tiles = modules.SelectMany(m => m.Navigation.Where(n => n.IsVisibleTo(User.IsInRole)).Select(n =>
        {
            var l = localizers.Create(m.GetType());
            return new Tile(m.Name, n.Area, n.Page, l[n.LabelKey], l[$"{m.Name}_Description"]);
        })).ToList();
        var userId = currentUser.UserId!.Value;
        var recent = await db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == userId)
            .OrderByDescending(n => n.CreatedAt).Take(5).ToListAsync(cancellationToken);
        Recent = recent.Select(n => new RecentItem(text.Render(n), clock.Format(n.CreatedAt))).ToList();
    }
}
