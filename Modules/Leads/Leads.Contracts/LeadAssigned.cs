using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>A lead was given to a salesperson by a rule (with score breakdown) or by a manager (with reason).</summary>
public sealed record LeadAssigned(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid LeadId,
    Guid ToUserId,
    Guid? FromUserId,
    bool ByRule,
    string? Reason,
    IReadOnlyList<AssignmentScore> Scores) : IIntegrationEvent;
