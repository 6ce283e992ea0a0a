using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>
/// Writes a batch of queued page views in one transaction (operation <c>Quote.View</c>), with the rules a single view
/// always had: the same browser session again counts one more view of its row; a new session from a client
/// (<see cref="PublicClientKey"/>) seen within <see cref="ClientWindow"/> is the same viewer (no new row, no bell);
/// anything else is a new viewer: a row, <see cref="QuoteViewed"/> and the salesperson's bell, once.
/// </summary>
internal sealed class QuoteViewCommands(
    QuotesDbContext db, Notifier<QuotesDbContext> notifier, UnitOfWork<QuotesDbContext> work, PublicQuotePageCache pages)
{
    /// <summary>A client that drops the cookie is one viewer for this long (one row, one bell at most).</summary>
    public static readonly NodaTime.Duration ClientWindow = NodaTime.Duration.FromMinutes(30);

    private readonly HashSet<string> _changed = [];

    /// <summary>Returns how many views were written. A conflict (another host counted the same new session) retries one by one.</summary>
    public async Task<int> RecordAsync(IReadOnlyList<PendingView> views, CancellationToken ct)
    {
        if (views.Count == 0)
        {
            return 0;
        }
        try
        {
            await ApplyAsync(views, ct);
            await CommitAsync(ct);
            return views.Count;
        }
        catch (DbUpdateException) when (views.Count > 1)
        {
            db.ChangeTracker.Clear();
            _changed.Clear();
        }
        var written = 0;
        foreach (var view in views)
        {
            try
            {
                await ApplyAsync([view], ct);
                await CommitAsync(ct);
                written++;
            }
            catch (DbUpdateException)
            {
                // Two first views of one session raced (on two hosts); the other one counted it.
                db.ChangeTracker.Clear();
                _changed.Clear();
            }
        }
        return written;
    }

    private async Task ApplyAsync(IReadOnlyList<PendingView> views, CancellationToken ct)
    {
        var quoteIds = views.Select(v => v.QuoteId).Distinct().ToList();
        var sessions = views.Select(v => v.Visit.SessionId).Distinct().ToList();
        var clients = views.Select(v => v.Visit.ClientKey).Distinct().ToList();
        var since = views.Min(v => v.At) - ClientWindow;
        var rows = await db.Views
            .Where(v => quoteIds.Contains(v.QuoteId)
                && (sessions.Contains(v.SessionId) || (clients.Contains(v.ClientKey!) && v.LastAt >= since)))
            .ToListAsync(ct);
        foreach (var view in views)
        {
            var row = rows.FirstOrDefault(r => r.QuoteId == view.QuoteId && r.SessionId == view.Visit.SessionId);
            if (row is not null)
            {
                Changed(view, row.VersionLabel);
                row.Again(view.VersionLabel, view.At);
                continue;
            }
            var recent = rows
                .Where(r => r.QuoteId == view.QuoteId && r.ClientKey == view.Visit.ClientKey && r.LastAt >= view.At - ClientWindow)
                .MaxBy(r => r.LastAt);
            if (recent is not null)
            {
                Changed(view, recent.VersionLabel);
                recent.Seen(view.VersionLabel, view.At);
                continue;
            }
            var added = new QuoteView(Guid.NewGuid(), view.QuoteId, view.Visit.SessionId, view.VersionLabel, view.At, view.Visit.ClientKey);
            rows.Add(added);
            db.Views.Add(added);
            _changed.Add(view.Token);
            db.Publish(new QuoteViewed(
                EventId: Guid.NewGuid(), OccurredAt: view.At, ActorUserId: null, QuoteId: view.QuoteId, DealId: view.DealId,
                CustomerId: view.CustomerId, Version: view.VersionLabel, ViewedAt: view.At));
            notifier.ToUser(view.OwnerId, "Quote_Notify_Viewed", QuoteLinks.Details(view.QuoteId), null, view.CustomerName, view.Number,
                view.VersionLabel);
        }
    }

    /// <summary>The page's history lists the versions viewers have seen: a row that changes its label changes it.</summary>
    private void Changed(PendingView view, string label)
    {
        if (label != view.VersionLabel)
        {
            _changed.Add(view.Token);
        }
    }

    /// <summary>Cached pages are dropped after the commit, so a page read meanwhile cannot keep the old history.</summary>
    private async Task CommitAsync(CancellationToken ct)
    {
        await work.CommitAsync("Quote.View", ct);
        foreach (var token in _changed)
        {
            pages.Invalidate(token);
        }
        _changed.Clear();
    }
}
