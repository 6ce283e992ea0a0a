using NodaTime;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Money;

namespace SalesSuite.Quotes.Application.Approval;

/// <summary>
/// Announcing an approved version, written once: after the last step approves, or at submission when the chain has no
/// step for the quote, <c>QuoteApproved</c> carries the version the customer may now see.
/// </summary>
internal static class QuoteApproval
{
    /// <summary>Publishes <c>QuoteApproved</c> if the quote is approved now; call right after the decision or submission.</summary>
    public static void PublishIfApproved(QuotesDbContext db, Quote quote, Guid? actor, Instant now)
    {
        if (quote.Status != QuoteStatus.Approved || quote.ApprovedVersion is not { } version)
        {
            return;
        }
        db.Publish(new QuoteApproved(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, QuoteId: quote.Id, DealId: quote.DealId,
            CustomerId: quote.CustomerId, OwnerId: quote.OwnerId, Version: version.Label, Amount: version.Totals.Net,
            Currency: Money.DefaultCurrency));
    }
}
