using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>A customer got its unique code.</summary>
public sealed record CustomerRegistered(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid CustomerId,
    string Code,
    string Name,
    Guid? OwnerId,
    string? Industry,
    string? CustomerType) : IIntegrationEvent;
