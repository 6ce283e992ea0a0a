using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Persistence;

// Handlers for the idempotency rule: only the inbox base makes a redelivered event harmless.
namespace SalesSuite.Architecture.Tests.Fixtures.Handlers;

public sealed record SomethingHappened(Guid EventId, Instant OccurredAt, Guid? ActorUserId) : IIntegrationEvent;

public sealed class HandlersDbContext(DbContextOptions<HandlersDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "handlers";
}

/// <summary>Applies every delivery, twice when the outbox redelivers.</summary>
public sealed class NaiveHandler : IIntegrationEventHandler<SomethingHappened>
{
    public Task HandleAsync(SomethingHappened integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Records the event in its inbox.</summary>
public sealed class InboxHandler(HandlersDbContext db, IClock clock) : IdempotentHandler<SomethingHappened, HandlersDbContext>(db, clock)
{
    protected override Task ApplyAsync(SomethingHappened integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}
