using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Goals.Contracts;

/// <summary>
/// A key action planned on the person's weekly plan was not done on <paramref name="Days"/> planned days running (the
/// last one <paramref name="LastDay"/>); the person and <paramref name="ManagerUserId"/> were alerted.
/// </summary>
public sealed record KeyActionMissed(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid UserId,
    Guid? ManagerUserId,
    string ActionCode,
    int Days,
    LocalDate LastDay) : IIntegrationEvent;
