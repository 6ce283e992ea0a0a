using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>
/// Another role finished the task a stage trigger gave it (e.g. Tech sent the equipment parameters). ResponseTime is
/// from the task's creation to its completion.
/// </summary>
public sealed record StageTaskCompleted(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid TaskId,
    Guid DealId,
    Guid CustomerId,
    Guid OwnerId,
    string Role,
    string Title,
    Guid CompletedBy,
    Instant CreatedAt,
    Duration ResponseTime) : IIntegrationEvent;
