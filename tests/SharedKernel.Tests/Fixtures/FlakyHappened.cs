using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

public sealed record FlakyHappened(Guid EventId, Instant OccurredAt, Guid? ActorUserId) : IIntegrationEvent;
