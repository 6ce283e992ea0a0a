using NodaTime;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.IntegrationEventHandlers;

/// <summary>
/// A new contract for a customer who has credit (an over-payment, or money that came before the contract): the credit goes
/// to the new milestones at once. Collections consumes its own event so the contract's creation stays one small change.
/// </summary>
internal sealed class ApplyCustomerCreditHandler(CollectionsDbContext db, IClock clock, CustomerCreditService credit)
    : IdempotentHandler<ContractCreated, CollectionsDbContext>(db, clock)
{
    protected override Task ApplyAsync(ContractCreated e, CancellationToken ct) => credit.ApplyAsync(e.CustomerId, null, ct);
}
