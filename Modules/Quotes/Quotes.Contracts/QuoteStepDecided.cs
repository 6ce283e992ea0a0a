using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.Contracts;

/// <summary>An approver decided one step of the chain. `Sla`: the step's SLA at the time (null in older events).</summary>
public sealed record QuoteStepDecided(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid QuoteId,
    string Version,
    string Step,
    QuoteDecision Decision,
    Guid ApproverId,
    Duration WaitedFor,
    string? Comment,
    Duration? Sla = null) : IIntegrationEvent;
