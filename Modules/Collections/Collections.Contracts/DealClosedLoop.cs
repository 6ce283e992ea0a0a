using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.Contracts;

/// <summary>Every milestone of a contract is paid: the deal is closed with the money in (成交闭环).</summary>
public sealed record DealClosedLoop(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid ContractId,
    string ContractNumber,
    Guid? DealId,
    Guid CustomerId,
    Guid OwnerId,
    decimal CollectedAmount,
    string Currency) : IIntegrationEvent;
