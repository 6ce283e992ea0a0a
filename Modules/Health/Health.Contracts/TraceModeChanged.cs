using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Health.Contracts;

/// <summary>
/// Trace mode switched on or off for a person (on: too many edits of history in a day). While on, Leads requires a
/// reason for every correction and tells the person's supervisor.
/// </summary>
public sealed record TraceModeChanged(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid UserId,
    bool On,
    string Reason) : IIntegrationEvent;
