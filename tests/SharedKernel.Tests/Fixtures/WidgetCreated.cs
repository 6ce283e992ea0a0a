using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

public sealed record WidgetCreated(Guid EventId, Instant OccurredAt, Guid? ActorUserId, Guid WidgetId) : IIntegrationEvent;
