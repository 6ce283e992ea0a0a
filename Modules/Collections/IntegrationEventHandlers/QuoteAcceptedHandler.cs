using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.IntegrationEventHandlers;

/// <summary>An accepted quote becomes its receivables, once (the inbox makes a redelivered event a no-op).</summary>
internal sealed class QuoteAcceptedHandler(CollectionsDbContext db, IClock clock, BusinessClock business)
    : IdempotentHandler<QuoteAccepted, CollectionsDbContext>(db, clock)
{
    protected override Task ApplyAsync(QuoteAccepted e, CancellationToken ct)
    {
        var quote = new AcceptedQuote(
            QuoteId: e.QuoteId,
            DealId: e.DealId,
            CustomerId: e.CustomerId,
            OwnerId: e.OwnerId,
            Version: e.Version,
            Currency: e.Currency,
            AcceptedOn: business.InZone(e.OccurredAt).Date,
            Milestones: e.PaymentSchedule.Select(m => new MilestoneTerms(m.Name, m.Amount, m.DueDate, m.DueDaysAfterSigning)).ToList());
        Db.Receivables.AddRange(Receivable.FromAcceptedQuote(quote, e.OccurredAt));
        return Task.CompletedTask;
    }
}
