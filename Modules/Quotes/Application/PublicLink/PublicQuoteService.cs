using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Money;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>What the anonymous customer can do: accept (views are queued: <see cref="QuoteViewQueue"/>, <see cref="QuoteViewCommands"/>).</summary>
internal sealed class PublicQuoteService(
    QuotesDbContext db, Notifier<QuotesDbContext> notifier, UnitOfWork<QuotesDbContext> work, BusinessClock clock)
{
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
