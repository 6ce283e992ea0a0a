using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.Contracts;

/// <summary>An approver decided one step of the chain.</summary>
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
    string? Comment) : IIntegrationEvent;
