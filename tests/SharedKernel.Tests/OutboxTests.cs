using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tests.Fixtures;

namespace SalesSuite.SharedKernel.Tests;

public sealed class OutboxTests : IAsyncLifetime
{
    private readonly string _folder = KernelHost.NewFolder();
    private KernelHost _host = null!;

    public async Task InitializeAsync() => _host = await KernelHost.StartAsync(_folder);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        KernelHost.DeleteFolder(_folder);
    }

    private static Widget NewWidget(string name) => new() { Name = name, CreatedAt = KernelHost.Start };

    private async Task<WidgetCreated> CreateWidgetAsync(KernelHost host, string name)
    {
        var widget = NewWidget(name);
        var evt = new WidgetCreated(Guid.NewGuid(), host.Clock.GetCurrentInstant(), null, widget.Id);
        await host.InScopeAsync(async (db, _) =>
        {
            db.Widgets.Add(widget);
            db.Publish(evt);
            await db.SaveChangesAsync();
        });
        return evt;
    }

    [Fact]
    public async Task Given_a_change_with_an_event_When_saved_Then_the_outbox_row_is_committed_with_it_and_nothing_is_delivered_yet()
    {
        var evt = await CreateWidgetAsync(_host, "w1");

        var row = await _host.OutboxRowAsync(evt.EventId);
        Assert.Null(row.ProcessedAt);
        Assert.Equal(EventSerializer.TypeName(typeof(WidgetCreated)), row.Type);
        Assert.Equal(evt, EventSerializer.Deserialize(row.Type, row.Payload));
        Assert.Equal(0, await _host.CountAppliedAsync(evt.EventId, nameof(WidgetCreatedProjector)));
    }

    [Fact]
    public async Task Given_a_save_that_fails_When_it_carried_an_event_Then_neither_the_change_nor_the_outbox_row_exists()
    {
        await CreateWidgetAsync(_host, "taken");
        var evt = new WidgetCreated(Guid.NewGuid(), _host.Clock.GetCurrentInstant(), null, Guid.NewGuid());

        await Assert.ThrowsAsync<DbUpdateException>(() => _host.InScopeAsync(async (db, _) =>
        {
            db.Widgets.Add(NewWidget("fresh"));
            db.Publish(evt);
            db.Widgets.Add(NewWidget("taken")); // unique name violated: the whole transaction rolls back
            await db.SaveChangesAsync();
        }));

        await _host.InScopeAsync(async (db, _) =>
        {
            Assert.False(await db.Widgets.AnyAsync(w => w.Name == "fresh"));
            Assert.False(await db.Outbox.AnyAsync(m => m.Id == evt.EventId));
        });
        Assert.Equal(1, await _host.DrainAsync()); // only the first widget's event
        Assert.Equal(0, await _host.CountAppliedAsync(evt.EventId, nameof(WidgetCreatedProjector)));
    }

    [Fact]
    public async Task Given_a_crash_between_commit_and_dispatch_When_a_new_process_drains_Then_the_event_is_delivered_exactly_once()
    {
        var evt = await CreateWidgetAsync(_host, "crash");
        await _host.DisposeAsync(); // the process dies: no dispatcher ever ran

        _host = await KernelHost.StartAsync(_folder, _host.Clock); // a new process on the same database
        Assert.Equal(1, await _host.DrainAsync());
        Assert.Equal(0, await _host.DrainAsync());

        Assert.Equal(1, await _host.CountAppliedAsync(evt.EventId, nameof(WidgetCreatedProjector)));
        Assert.NotNull((await _host.OutboxRowAsync(evt.EventId)).ProcessedAt);
    }

    [Fact]
    public async Task Given_a_crash_after_delivery_but_before_the_outbox_row_is_marked_When_redelivered_Then_the_inbox_applies_it_once()
    {
        var evt = await CreateWidgetAsync(_host, "redelivered");
        await _host.DrainAsync();
        await _host.InScopeAsync((db, _) => db.Outbox.Where(m => m.Id == evt.EventId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (Instant?)null)));

        Assert.Equal(1, await _host.DrainAsync());

        Assert.Equal(1, await _host.CountAppliedAsync(evt.EventId, nameof(WidgetCreatedProjector)));
    }

    [Fact]
    public async Task Given_a_handler_that_fails_once_When_retried_after_the_backoff_Then_it_succeeds_and_the_other_handler_is_not_applied_twice()
    {
        _host.Probe.FlakyFailuresLeft = 1;
        var evt = new FlakyHappened(Guid.NewGuid(), _host.Clock.GetCurrentInstant(), null);
        await _host.InScopeAsync(async (db, _) => { db.Publish(evt); await db.SaveChangesAsync(); });

        Assert.Equal(0, await _host.DrainAsync());
        var failed = await _host.OutboxRowAsync(evt.EventId);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("flaky failure", failed.LastError);
        Assert.Null(failed.ProcessedAt);
        Assert.Equal(1, await _host.CountAppliedAsync(evt.EventId, nameof(SteadyProjector)));
        Assert.Equal(0, await _host.DrainAsync()); // backoff not yet over

        _host.Clock.Advance(Duration.FromMinutes(1));
        Assert.Equal(1, await _host.DrainAsync());

        Assert.Equal(1, await _host.CountAppliedAsync(evt.EventId, nameof(FlakyProjector)));
        Assert.Equal(1, await _host.CountAppliedAsync(evt.EventId, nameof(SteadyProjector)));
        Assert.NotNull((await _host.OutboxRowAsync(evt.EventId)).ProcessedAt);
    }

    [Fact]
    public async Task Given_a_handler_that_always_fails_When_MaxAttempts_is_reached_Then_the_message_is_dead_lettered_and_no_longer_tried()
    {
        await _host.DisposeAsync();
        _host = await KernelHost.StartAsync(_folder, settings: new() { ["Outbox:MaxAttempts"] = "3" });
        var evt = new PoisonHappened(Guid.NewGuid(), _host.Clock.GetCurrentInstant(), null);
        await _host.InScopeAsync(async (db, _) => { db.Publish(evt); await db.SaveChangesAsync(); });

        for (var i = 0; i < 5; i++)
        {
            await _host.DrainAsync();
            _host.Clock.Advance(Duration.FromHours(1));
        }

        var row = await _host.OutboxRowAsync(evt.EventId);
        Assert.True(row.DeadLettered);
        Assert.Equal(3, row.Attempts);
        Assert.Null(row.ProcessedAt);
        Assert.Equal(3, _host.Probe.PoisonCalls);
        Assert.Equal(1, await _host.CountAppliedAsync(evt.EventId, nameof(PoisonBystander)));
    }

    [Fact]
    public async Task Given_a_failing_handler_When_its_event_is_published_and_dispatched_Then_the_publisher_commits_and_other_handlers_still_apply()
    {
        var widget = NewWidget("publisher");
        var evt = new PoisonHappened(Guid.NewGuid(), _host.Clock.GetCurrentInstant(), null);
        var saved = await _host.InScopeAsync(async (db, _) =>
        {
            db.Widgets.Add(widget);
            db.Publish(evt);
            return await db.SaveChangesAsync();
        });

        var delivered = await _host.DrainAsync();

        Assert.True(saved > 0);
        Assert.Equal(0, delivered);
        Assert.Equal(1, _host.Probe.PoisonCalls);
        Assert.Equal(1, await _host.CountAppliedAsync(evt.EventId, nameof(PoisonBystander)));
        await _host.InScopeAsync(async (db, _) => Assert.True(await db.Widgets.AnyAsync(w => w.Id == widget.Id)));
    }

    [Fact]
    public async Task Given_the_background_dispatcher_with_a_long_poll_interval_When_an_event_is_committed_Then_the_signal_wakes_it()
    {
        await _host.DisposeAsync();
        _host = await KernelHost.StartAsync(_folder, settings: new()
        {
            ["Outbox:DispatcherEnabled"] = "true",
            ["Outbox:PollInterval"] = "00:10:00",
            ["Outbox:FirstPassDelay"] = "00:00:00",
        });
        var background = _host.Services.GetServices<IHostedService>().OfType<OutboxBackgroundService>().Single();
        await background.StartAsync(CancellationToken.None);
        try
        {
            // The first (empty) pass has read the outbox: from now on only the signal can wake the loop within the test.
            await _host.Probe.OutboxPolled.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var evt = await CreateWidgetAsync(_host, "signalled");

            var delivered = await _host.Probe.Delivered.Task.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(evt.EventId, delivered);
        }
        finally
        {
            await background.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Given_a_first_pass_delay_longer_than_the_test_When_an_event_is_committed_Then_the_signal_starts_the_first_pass()
    {
        await _host.DisposeAsync();
        _host = await KernelHost.StartAsync(_folder, settings: new()
        {
            ["Outbox:DispatcherEnabled"] = "true",
            ["Outbox:PollInterval"] = "00:10:00",
            ["Outbox:FirstPassDelay"] = "10:00:00",
        });
        var background = _host.Services.GetServices<IHostedService>().OfType<OutboxBackgroundService>().Single();
        await background.StartAsync(CancellationToken.None);
        try
        {
            // The loop waits out the start-up delay; a commit must end that wait, as it ends the poll interval's.
            var evt = await CreateWidgetAsync(_host, "signalled during the start-up delay");

            var delivered = await _host.Probe.Delivered.Task.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(evt.EventId, delivered);
        }
        finally
        {
            await background.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Given_events_left_from_before_the_start_When_another_outbox_is_written_during_the_start_up_delay_Then_they_wait_for_the_delay()
    {
        await _host.DisposeAsync();
        var delay = TimeSpan.FromSeconds(2);
        _host = await KernelHost.StartAsync(_folder, settings: new()
        {
            ["Outbox:DispatcherEnabled"] = "true",
            ["Outbox:PollInterval"] = "00:10:00",
            ["Outbox:FirstPassDelay"] = delay.ToString(),
        });
        var left = await CreateWidgetAsync(_host, "left from before the start");
        var signal = _host.Services.GetRequiredService<OutboxSignal>();
        signal.TakeWritten(); // that commit was before this host's start
        var background = _host.Services.GetServices<IHostedService>().OfType<OutboxBackgroundService>().Single();
        var started = Stopwatch.StartNew();
        await background.StartAsync(CancellationToken.None);
        try
        {
            // A commit to another module's outbox during the start-up delay: read at once, but not the backlog.
            signal.Notify(typeof(string));

            var delivered = await _host.Probe.Delivered.Task.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(left.EventId, delivered);
            Assert.True(started.Elapsed >= delay, $"the backlog was read {started.Elapsed.TotalMilliseconds:F0} ms after the start");
        }
        finally
        {
            await background.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Given_saves_with_and_without_an_event_When_committed_Then_the_signal_names_only_the_context_whose_outbox_was_written()
    {
        var signal = _host.Services.GetRequiredService<OutboxSignal>();
        signal.TakeWritten();
        await _host.InScopeAsync(async (db, _) =>
        {
            db.Widgets.Add(NewWidget("no event"));
            await db.SaveChangesAsync();
        });
        Assert.Empty(signal.TakeWritten()!);

        await CreateWidgetAsync(_host, "with an event");

        Assert.Equal([typeof(TestDbContext)], signal.TakeWritten()!);
    }

    [Fact]
    public async Task Given_an_event_committed_by_another_host_When_no_signal_reaches_this_one_Then_its_poll_delivers_it()
    {
        await _host.DisposeAsync();
        _host = await KernelHost.StartAsync(_folder, settings: new()
        {
            ["Outbox:DispatcherEnabled"] = "true",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Outbox:FirstPassDelay"] = "00:00:00",
        });
        await using var other = await KernelHost.StartAsync(_folder, _host.Clock); // its own signal; no dispatcher
        var background = _host.Services.GetServices<IHostedService>().OfType<OutboxBackgroundService>().Single();
        await background.StartAsync(CancellationToken.None);
        try
        {
            await _host.Probe.OutboxPolled.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var evt = await CreateWidgetAsync(other, "from another host");

            var delivered = await _host.Probe.Delivered.Task.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(evt.EventId, delivered);
        }
        finally
        {
            await background.StopAsync(CancellationToken.None);
        }
    }
}
