using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>An overdue next action was escalated up the reporting line.</summary>
public sealed record NextActionEscalated(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid ActionId,
    Guid OwnerId,
    Guid EscalatedToUserId,
    int Level) : IIntegrationEvent;
