using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Money;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>What the anonymous customer can do: be counted as a viewer, and accept.</summary>
internal sealed class PublicQuoteService(
    QuotesDbContext db, Notifier<QuotesDbContext> notifier, UnitOfWork<QuotesDbContext> work, BusinessClock clock)
{
    /// <summary>A client that drops the cookie is one viewer for this long (one row, one bell at most).</summary>
    public static readonly Duration ClientWindow = Duration.FromMinutes(30);

    /// <summary>
    /// Counts the view; the first view of a browser session publishes QuoteViewed and rings the salesperson's bell.
    /// A new session from a client (<see cref="PublicClientKey"/>) seen within <see cref="ClientWindow"/> is not a
    /// new viewer: cookie-less reloads and scripts cannot flood the salesperson.
    /// </summary>
    public async Task RecordViewAsync(Quote quote, QuoteVersion version, PublicVisit visit, CancellationToken ct)
    {
        var view = await db.Views.FirstOrDefaultAsync(v => v.QuoteId == quote.Id && v.SessionId == visit.SessionId, ct);
        if (view is not null)
        {
            view.Again(version.Label, clock.Now);
            await work.CommitAsync("Quote.View", ct);
            return;
        }
        var since = clock.Now - ClientWindow;
        var recent = await db.Views
            .Where(v => v.QuoteId == quote.Id && v.ClientKey == visit.ClientKey && v.LastAt >= since)
            .OrderByDescending(v => v.LastAt).FirstOrDefaultAsync(ct);
        if (recent is not null)
        {
            recent.Seen(version.Label, clock.Now);
            await work.CommitAsync("Quote.View", ct);
            return;
        }
        db.Views.Add(new QuoteView(Guid.NewGuid(), quote.Id, visit.SessionId, version.Label, clock.Now, visit.ClientKey));
        db.Publish(new QuoteViewed(
            EventId: Guid.NewGuid(), OccurredAt: clock.Now, ActorUserId: null, QuoteId: quote.Id, DealId: quote.DealId,
            CustomerId: quote.CustomerId, Version: version.Label, ViewedAt: clock.Now));
        notifier.ToUser(quote.OwnerId, "Quote_Notify_Viewed", QuoteLinks.Details(quote.Id), null, quote.CustomerName, quote.Number, version.Label);
        try
        {
            await work.CommitAsync("Quote.View", ct);
        }
        catch (DbUpdateException)
        {
            // Two first requests of one session raced; the other one counted it.
        }
    }

    /// <summary>
    /// Accepts the version the customer was shown (<paramref name="seenVersion"/>). The name, the signature (a real PNG
    /// of bounded size) and the version are checked by the aggregate; a refusal never accepts anything.
    /// </summary>
    public async Task AcceptAsync(Quote quote, string seenVersion, string customerName, string? signature, CancellationToken ct)
    {
        quote.Accept(seenVersion, customerName, signature, clock.Today, clock.Now);
        var version = quote.ApprovedVersion!;
        var signing = clock.Today;
        var schedule = version.Schedule
            .Select(p => new PaymentMilestone(
                Name: p.Name, Percent: p.Percent, Amount: Math.Round(version.Gross * p.Percent / 100m, 2, MidpointRounding.AwayFromZero),
                DueDate: signing.PlusDays(p.DueDaysAfterSigning), DueDaysAfterSigning: p.DueDaysAfterSigning))
            .ToList();
        db.Publish(new QuoteAccepted(
            EventId: Guid.NewGuid(), OccurredAt: clock.Now, ActorUserId: null, QuoteId: quote.Id, DealId: quote.DealId,
            CustomerId: quote.CustomerId, OwnerId: quote.OwnerId, Version: version.Label, Amount: version.Gross,
            Currency: Money.DefaultCurrency, AcceptedByName: quote.AcceptedByName!, PaymentSchedule: schedule, PaymentTerms: version.Terms,
            Lines: version.Lines.GroupBy(l => ProductLine.Of(l.ProductCode))
                .Select(g => new AcceptedLine(g.Key, g.Sum(l => l.Net + l.Tax))).ToList()));
        notifier.ToUser(quote.OwnerId, "Quote_Notify_Accepted", QuoteLinks.Details(quote.Id), null, quote.CustomerName, quote.Number, version.Label);
        await work.CommitAsync("Quote.Accept", ct);
    }
}
