using NodaTime;
using SalesSuite.Collections.Application.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.IntegrationEventHandlers;

/// <summary>
/// An accepted quote becomes its contract and receivable schedule, once: the inbox makes a redelivered event a no-op and
/// the unique quote index refuses a second contract for the same quote.
/// </summary>
internal sealed class QuoteAcceptedHandler(CollectionsDbContext db, IClock clock, BusinessClock business, ContractNumberService numbers)
    : IdempotentHandler<QuoteAccepted, CollectionsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(QuoteAccepted e, CancellationToken ct)
    {
        var acceptedOn = business.InZone(e.OccurredAt).Date;
        // The quote's milestone amounts are rounded per line; when they do not add up, split the total by percent.
        var amounts = e.PaymentSchedule.Sum(m => m.Amount) == e.Amount || e.PaymentSchedule.Sum(m => m.Percent) <= 0
            ? e.PaymentSchedule.Select(m => m.Amount).ToList()
            : ScheduleMath.Split(e.Amount, e.PaymentSchedule.Select(m => m.Percent).ToList());
        var quote = new AcceptedQuote(
            QuoteId: e.QuoteId,
            DealId: e.DealId,
            CustomerId: e.CustomerId,
            OwnerId: e.OwnerId,
            Version: e.Version,
            Amount: amounts.Sum(),
            Currency: e.Currency,
            AcceptedOn: acceptedOn,
            Terms: e.PaymentTerms,
            Milestones: e.PaymentSchedule.Select((m, i) => new MilestoneTerms(m.Name, amounts[i], m.DueDate, m.DueDaysAfterSigning)).ToList());
        var contract = Contract.FromAcceptedQuote(await numbers.NextAsync(acceptedOn, ct), quote, e.OccurredAt);
        Db.Contracts.Add(contract);
        // The amount per product line, for commissions (events written before Quotes sent lines have none).
        Db.ContractLines.AddRange(ContractLine.For(contract.Id, e.Lines?.Select(l => (l.ProductLine, l.Amount)) ?? []));
        Db.Publish(ContractEvents.Created(contract, e.ActorUserId, e.OccurredAt));
    }
}
