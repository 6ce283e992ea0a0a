using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>
/// A pipeline's stages or their red / amber thresholds changed (also published once for every pipeline Health has not
/// seen yet). Carries the whole pipeline: consumers replace what they had.
/// </summary>
public sealed record PipelineChanged(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid PipelineId,
    string Name,
    IReadOnlyList<StageThreshold> Stages) : IIntegrationEvent;
