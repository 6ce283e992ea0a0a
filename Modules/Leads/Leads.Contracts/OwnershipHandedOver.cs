using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>A manager handed one person's records over to others.</summary>
public sealed record OwnershipHandedOver(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid HandOverId,
    Guid FromUserId,
    IReadOnlyList<HandOverTransfer> Transfers) : IIntegrationEvent;
