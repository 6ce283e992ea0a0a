using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>
/// Another role (or a named person) finished the task a stage trigger gave it (e.g. Tech sent the equipment parameters).
/// ResponseTime is from the task's creation to its completion. Added later (defaults for older events): the person the
/// task was for (<see cref="AssigneeId"/>, null for a role's task, whose <see cref="Role"/> is then set), the due time, whether
/// it was done within the SLA (null: the task had none) and how many levels up the reporting line it had been escalated.
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
    Duration ResponseTime,
    Guid? AssigneeId = null,
    Instant? DueAt = null,
    bool? SlaMet = null,
    int EscalationLevel = 0) : IIntegrationEvent;
