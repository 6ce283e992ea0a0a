using NodaTime;

namespace SalesSuite.SharedKernel.Events;

/// <summary>A fact one module tells the others. Carries only primitives, Guids, decimals and NodaTime types.</summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
    Instant OccurredAt { get; }
    /// <summary>The user who caused it; null for the system.</summary>
    Guid? ActorUserId { get; }
}
