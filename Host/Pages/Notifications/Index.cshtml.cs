using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;
using SalesSuite.Host.Notifications;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Host.Pages.Notifications;

/// <summary>The list page, the live bell count (polled by htmx) and mark-read. Only ever the signed-in user's rows.</summary>
public sealed class IndexModel(
    HostDbContext db, ICurrentUser currentUser, NotificationText text, NotificationCommands commands, BusinessClock clock) : PageModel
{
    public sealed record Item(Guid Id, string Text, string When, string? Link, bool Read);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    private Guid Me => currentUser.UserId!.Value;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCountAsync(CancellationToken cancellationToken)
    {
        var count = await db.Notifications.CountAsync(n => n.RecipientUserId == Me && n.ReadAt == null, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Partial("_Count", count);
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await commands.MarkReadAsync(Me, id, cancellationToken))
        {
            return NotFound();
        }
        await LoadAsync(cancellationToken);
        return Request.IsHtmx() ? Partial("_List", this) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await commands.MarkAllReadAsync(Me, cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == Me)
            .OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(cancellationToken);
        Items = rows.Select(n => new Item(n.Id, text.Render(n), clock.Format(n.CreatedAt), n.Link, n.ReadAt is not null)).ToList();
    }
}
