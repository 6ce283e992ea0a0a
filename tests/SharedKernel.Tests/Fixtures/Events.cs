using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

public sealed record WidgetCreated(Guid EventId, Instant OccurredAt, Guid? ActorUserId, Guid WidgetId) : IIntegrationEvent;

public sealed record FlakyHappened(Guid EventId, Instant OccurredAt, Guid? ActorUserId) : IIntegrationEvent;

public sealed record PoisonHappened(Guid EventId, Instant OccurredAt, Guid? ActorUserId) : IIntegrationEvent;
