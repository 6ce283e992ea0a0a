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
    IEnumerable<IModule> modules, IEnumerable<HomePanel> panels, JsonStringLocalizerFactory localizers, HostDbContext db,
    ICurrentUser currentUser, NotificationText text, BusinessClock clock) : PageModel
{
    public sealed record Tile(string Module, string Area, string Page, string Label, string Description);

    /// <summary>A module's home panel as shown here: its heading in the module's language resources.</summary>
    public sealed record Panel(HomePanel Source, string Title);

    public sealed record RecentItem(string Text, string When);

    public string DisplayName { get; private set; } = string.Empty;
    public IReadOnlyList<Tile> Tiles { get; private set; } = [];
    public IReadOnlyList<RecentItem> Recent { get; private set; } = [];
    public IReadOnlyList<Panel> Panels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DisplayName = User.DisplayName();
        Tiles = modules.SelectMany(m => m.Navigation.Where(n => n.IsVisibleTo(User.IsInRole)).Select(n =>
        {
            var l = localizers.Create(m.GetType());
            return new Tile(m.Name, n.Area, n.Page, l[n.LabelKey], l[$"{m.Name}_Description"]);
        })).ToList();
        // Module panels (extension point): the host knows only the registration, never the module behind it.
        Panels = panels.VisibleTo(User.IsInRole).Select(p =>
        {
            var owner = modules.FirstOrDefault(m => m.Name == p.Module);
            var title = owner is null ? p.TitleKey : localizers.Create(owner.GetType())[p.TitleKey].Value;
            return new Panel(p, title);
        }).ToList();
        var userId = currentUser.UserId!.Value;
        var recent = await db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == userId)
            .OrderByDescending(n => n.CreatedAt).Take(5).ToListAsync(cancellationToken);
        Recent = recent.Select(n => new RecentItem(text.Render(n), clock.Format(n.CreatedAt))).ToList();
    }
}
