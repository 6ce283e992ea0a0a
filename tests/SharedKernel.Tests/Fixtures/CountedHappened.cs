using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

public sealed record CountedHappened(Guid EventId, Instant OccurredAt, Guid? ActorUserId) : IIntegrationEvent;
