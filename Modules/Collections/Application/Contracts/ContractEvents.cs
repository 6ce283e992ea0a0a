using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>Builds the integration events about contracts from the aggregate (one place, named arguments).</summary>
internal static class ContractEvents
{
    public static ContractCreated Created(Contract contract, Guid? actor, Instant at) => new(
        EventId: Guid.NewGuid(),
        OccurredAt: at,
        ActorUserId: actor,
        ContractId: contract.Id,
        Number: contract.Number,
        QuoteId: contract.QuoteId,
        DealId: contract.DealId,
        CustomerId: contract.CustomerId,
        OwnerId: contract.OwnerId,
        Amount: contract.Amount,
        Currency: contract.Currency,
        Schedule: contract.Milestones.OrderBy(m => m.Sequence)
            .Select(m => new ScheduledMilestone(m.Id, m.Sequence, m.Title, m.MilestoneType, m.Amount, m.DueDate)).ToList());
}
