using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tests.Fixtures;

namespace SalesSuite.SharedKernel.Tests;

/// <summary>Two "processes" (two kernel service providers, each its own HostInstance) on one SQLite database.</summary>
public sealed class LeaseTests : IAsyncLifetime
{
    private readonly string _folder = KernelHost.NewFolder();
    private KernelHost _one = null!;
    private KernelHost _two = null!;

    public async Task InitializeAsync()
    {
        _one = await KernelHost.StartAsync(_folder);
        _two = await KernelHost.StartAsync(_folder, _one.Clock);
    }

    public async Task DisposeAsync()
    {
        await _one.DisposeAsync();
        await _two.DisposeAsync();
        KernelHost.DeleteFolder(_folder);
    }

    private async Task<Guid> PublishAsync(KernelHost host)
    {
        var widget = new Widget { Name = "w-" + Guid.NewGuid().ToString("N"), CreatedAt = KernelHost.Start };
        var evt = new WidgetCreated(Guid.NewGuid(), host.Clock.GetCurrentInstant(), null, widget.Id);
        await host.InScopeAsync(async (db, _) =>
        {
            db.Widgets.Add(widget);
            db.Publish(evt);
            await db.SaveChangesAsync();
        });
        return evt.EventId;
    }

    [Fact]
    public async Task Given_an_outbox_row_leased_by_a_host_that_died_When_another_host_dispatches_Then_it_waits_for_the_lease_then_delivers_once()
    {
        var id = await PublishAsync(_one);
        var until = _one.Clock.GetCurrentInstant() + Duration.FromMinutes(2);
        await _one.InScopeAsync((db, _) => db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.LockedBy, "dead-host").SetProperty(m => m.LockedUntil, (Instant?)until)));

        Assert.Equal(0, await _two.DrainAsync());
        Assert.Null((await _two.OutboxRowAsync(id)).ProcessedAt);

        _one.Clock.Advance(Duration.FromMinutes(2) + Duration.FromSeconds(1));
        Assert.Equal(1, await _two.DrainAsync());
        var row = await _two.OutboxRowAsync(id);
        Assert.NotNull(row.ProcessedAt);
        Assert.Null(row.LockedBy);
        Assert.Null(row.LockedUntil);
        Assert.Equal(1, await _two.CountAppliedAsync(id, nameof(WidgetCreatedProjector)));
    }

    [Fact]
    public async Task Given_two_hosts_dispatching_the_same_outbox_at_once_Then_every_event_is_applied_exactly_once()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await PublishAsync(i % 2 == 0 ? _one : _two));
        }

        var delivered = await Task.WhenAll(Task.Run(_one.DrainAsync), Task.Run(_two.DrainAsync));

        Assert.Equal(40, delivered.Sum());
        foreach (var id in ids)
        {
            Assert.Equal(1, await _one.CountAppliedAsync(id, nameof(WidgetCreatedProjector)));
        }
        Assert.Equal(0, await _one.InScopeAsync((db, _) => db.Outbox.CountAsync(m => m.ProcessedAt == null)));
    }

    [Fact]
    public async Task Given_a_work_lease_held_by_one_host_Then_the_other_skips_until_it_ends_and_then_takes_it_over()
    {
        var one = new WorkLeases(_one.Clock, new HostInstance("one"));
        var two = new WorkLeases(_one.Clock, new HostInstance("two"));
        Task<bool> Take(WorkLeases leases, KernelHost host) =>
            host.InScopeAsync((db, _) => leases.TryTakeAsync(db, "Work.A", TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.True(await Take(one, _one));
        Assert.False(await Take(two, _two));
        _one.Clock.Advance(Duration.FromSeconds(20));
        Assert.True(await Take(one, _one)); // the holder renews
        _one.Clock.Advance(Duration.FromSeconds(20));
        Assert.False(await Take(two, _two)); // renewed 20 s ago: still live

        _one.Clock.Advance(Duration.FromSeconds(11)); // "one" died: its lease ended
        Assert.True(await Take(two, _two));
        Assert.False(await Take(one, _one));
        var lease = await _one.InScopeAsync((db, _) => db.WorkLeases.AsNoTracking().SingleAsync(l => l.Name == "Work.A"));
        Assert.Equal("two", lease.Holder);
    }

    [Fact]
    public async Task Given_no_lease_yet_When_two_hosts_race_for_it_Then_exactly_one_gets_it()
    {
        var hosts = Enumerable.Range(0, 6)
            .Select(i => (Host: i % 2 == 0 ? _one : _two, Leases: new WorkLeases(_one.Clock, new HostInstance($"h{i}"))));

        var taken = await Task.WhenAll(hosts.Select(h => Task.Run(() =>
            h.Host.InScopeAsync((db, _) => h.Leases.TryTakeAsync(db, "Work.B", TimeSpan.FromSeconds(30), CancellationToken.None)))));

        Assert.Single(taken, t => t);
    }

    [Fact]
    public async Task Given_a_host_that_stops_When_it_hands_its_lease_back_Then_another_host_takes_it_at_once()
    {
        var one = new WorkLeases(_one.Clock, new HostInstance("one"));
        var two = new WorkLeases(_one.Clock, new HostInstance("two"));
        await _one.InScopeAsync((db, _) => one.TryTakeAsync(db, "Work.C", TimeSpan.FromMinutes(5), CancellationToken.None));

        await _one.InScopeAsync((db, _) => one.ReleaseAsync(db, "Work.C", CancellationToken.None));

        Assert.True(await _two.InScopeAsync((db, _) => two.TryTakeAsync(db, "Work.C", TimeSpan.FromMinutes(5), CancellationToken.None)));
    }
}
