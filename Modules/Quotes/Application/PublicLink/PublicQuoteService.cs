using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Money;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>What the anonymous customer can do: be counted as a viewer, and accept.</summary>
internal sealed class PublicQuoteService(
    QuotesDbContext db, Notifier<QuotesDbContext> notifier, UnitOfWork<QuotesDbContext> work, BusinessClock clock)
{
    /// <summary>
    /// Counts the view; the first view of a browser session publishes QuoteViewed and rings the salesperson's bell.
    /// </summary>
    public async Task RecordViewAsync(Quote quote, QuoteVersion version, string sessionId, CancellationToken ct)
    {
        var view = await db.Views.FirstOrDefaultAsync(v => v.QuoteId == quote.Id && v.SessionId == sessionId, ct);
        if (view is not null)
        {
            view.Again(version.Label, clock.Now);
            await work.CommitAsync("Quote.View", ct);
            return;
        }
        db.Views.Add(new QuoteView(Guid.NewGuid(), quote.Id, sessionId, version.Label, clock.Now));
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

    public async Task AcceptAsync(Quote quote, string customerName, string? signature, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(customerName) || customerName.Trim().Length > 100)
        {
            throw new DomainException("Public_Error_Name");
        }
        var png = signature is not null && signature.StartsWith("data:image/png;base64,", StringComparison.Ordinal);
        if (signature is not null && (!png || signature.Length > 200_000))
        {
            signature = null;
        }
        quote.Accept(customerName, signature, clock.Today, clock.Now);
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
            Currency: Money.DefaultCurrency, AcceptedByName: quote.AcceptedByName!, PaymentSchedule: schedule, PaymentTerms: version.Terms));
        notifier.ToUser(quote.OwnerId, "Quote_Notify_Accepted", QuoteLinks.Details(quote.Id), null, quote.CustomerName, quote.Number, version.Label);
        await work.CommitAsync("Quote.Accept", ct);
    }
}
