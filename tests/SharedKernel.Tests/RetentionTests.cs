using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tests.Fixtures;

namespace SalesSuite.SharedKernel.Tests;

/// <summary>Delivered outbox rows and inbox records do not grow forever; undelivered work is never deleted.</summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private readonly string _folder = KernelHost.NewFolder();
    private KernelHost _host = null!;

    public async Task InitializeAsync() => _host = await KernelHost.StartAsync(_folder, settings: new()
    {
        ["Outbox:RetentionDays"] = "30",
        ["Outbox:RetentionBatchSize"] = "2",
        ["Outbox:MaxAttempts"] = "1",
    });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        KernelHost.DeleteFolder(_folder);
    }

    private Task<T> PublishAsync<T>(T evt) where T : IIntegrationEvent =>
        _host.InScopeAsync(async (db, _) =>
        {
            db.Publish(evt);
            await db.SaveChangesAsync();
            return evt;
        });

    private Task<WidgetCreated> WidgetCreatedAsync() =>
        PublishAsync(new WidgetCreated(Guid.NewGuid(), _host.Clock.GetCurrentInstant(), null, Guid.NewGuid()));

    private Task<bool> OutboxHasAsync(Guid id) => _host.InScopeAsync((db, _) => db.Outbox.AnyAsync(m => m.Id == id));

    private Task<bool> InboxHasAsync(Guid id) => _host.InScopeAsync((db, _) => db.Inbox.AnyAsync(r => r.EventId == id));

    [Fact]
    public async Task Given_delivered_events_older_than_the_retention_period_When_purged_Then_their_outbox_and_inbox_rows_are_deleted_in_batches()
    {
        var old = new List<WidgetCreated>();
        for (var i = 0; i < 5; i++)
        {
            old.Add(await WidgetCreatedAsync());
        }
        await _host.DrainAsync();
        _host.Clock.Advance(Duration.FromDays(31));
        var recent = await WidgetCreatedAsync();
        await _host.DrainAsync();

        var deleted = await _host.Outboxes.PurgeAsync(_host.Services);

        Assert.Equal(10, deleted); // 5 outbox rows + 5 inbox records, deleted two at a time
        foreach (var evt in old)
        {
            Assert.False(await OutboxHasAsync(evt.EventId));
            Assert.False(await InboxHasAsync(evt.EventId));
        }
        Assert.True(await OutboxHasAsync(recent.EventId));
        Assert.True(await InboxHasAsync(recent.EventId));
    }

    [Fact]
    public async Task Given_old_pending_and_dead_lettered_events_When_purged_Then_they_are_kept()
    {
        var poison = await PublishAsync(new PoisonHappened(Guid.NewGuid(), _host.Clock.GetCurrentInstant(), null));
        await _host.DrainAsync();
        var pending = await WidgetCreatedAsync(); // never dispatched (the dispatcher is down)
        Assert.True((await _host.OutboxRowAsync(poison.EventId)).DeadLettered);
        _host.Clock.Advance(Duration.FromDays(365));

        await _host.Outboxes.PurgeAsync(_host.Services);

        Assert.True(await OutboxHasAsync(poison.EventId));
        Assert.True(await OutboxHasAsync(pending.EventId));
    }
}
