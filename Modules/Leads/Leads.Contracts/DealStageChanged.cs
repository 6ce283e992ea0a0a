using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>A deal moved between stages; carries the time spent in the previous stage.</summary>
public sealed record DealStageChanged(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid DealId,
    Guid CustomerId,
    Guid OwnerId,
    string FromStage,
    string ToStage,
    Duration TimeInPreviousStage,
    bool Skipped,
    IReadOnlyList<string> SkippedStages,
    long Sequence = 0) : IIntegrationEvent;
