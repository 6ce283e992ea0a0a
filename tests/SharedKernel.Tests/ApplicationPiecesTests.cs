using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Tests.Fixtures;

namespace SalesSuite.SharedKernel.Tests;

/// <summary>The shared pieces every module's commands use: bus, unit of work, settings, visibility filter.</summary>
public sealed class ApplicationPiecesTests : IAsyncLifetime
{
    private KernelHost _host = null!;

    public async Task InitializeAsync() => _host = await KernelHost.StartAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        KernelHost.DeleteFolder(_host.Folder);
    }

    [Fact]
    public async Task Given_two_handlers_When_one_event_is_delivered_Then_each_handler_is_built_once()
    {
        var bus = _host.Services.GetRequiredService<IEventBus>();

        var failures = await bus.DeliverAsync(new CountedHappened(Guid.NewGuid(), KernelHost.Start, null), default);

        Assert.Empty(failures);
        Assert.Equal(2, _host.Probe.Handled);
        Assert.Equal(2, _host.Probe.Constructions);
    }

    [Fact]
    public async Task Given_two_people_editing_one_record_When_both_commit_Then_the_second_gets_a_stale_edit_refusal()
    {
        var widget = new Widget { Name = "w", Category = "A" };
        await _host.InScopeAsync(async (db, _) => { db.Widgets.Add(widget); await db.SaveChangesAsync(); });
        await using var first = _host.Services.CreateAsyncScope();
        await using var second = _host.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<TestDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<TestDbContext>();
        (await firstDb.Widgets.SingleAsync(w => w.Id == widget.Id)).Rank = 1;
        (await secondDb.Widgets.SingleAsync(w => w.Id == widget.Id)).Rank = 2;

        await first.ServiceProvider.GetRequiredService<UnitOfWork<TestDbContext>>().CommitAsync("Widget.Rank", default);
        var refusal = await Assert.ThrowsAsync<StaleEditException>(() =>
            second.ServiceProvider.GetRequiredService<UnitOfWork<TestDbContext>>().CommitAsync("Widget.Rank", default));

        Assert.Equal(409, refusal.StatusCode);
        Assert.Equal(1, await _host.InScopeAsync((db, _) => db.Widgets.Where(w => w.Id == widget.Id).Select(w => w.Rank).SingleAsync()));
    }

    [Fact]
    public async Task Given_no_settings_row_When_settings_are_read_Then_defaults_come_back_and_nothing_is_inserted()
    {
        var read = await _host.InScopeAsync(async (db, sp) =>
        {
            var settings = await sp.GetRequiredService<ModuleSettings<TestDbContext, TestSettings>>().ReadAsync(default);
            await db.SaveChangesAsync();
            return settings;
        });

        Assert.Equal(5, read.Threshold);
        Assert.Equal(0, await _host.InScopeAsync((db, _) => db.Settings.CountAsync()));
    }

    [Fact]
    public async Task Given_a_change_to_absent_settings_When_committed_Then_one_row_is_stored()
    {
        await _host.InScopeAsync(async (_, sp) =>
        {
            (await sp.GetRequiredService<ModuleSettings<TestDbContext, TestSettings>>().ForChangeAsync(default)).Threshold = 9;
            await sp.GetRequiredService<UnitOfWork<TestDbContext>>().CommitAsync("Settings.Change", default);
        });

        Assert.Equal([9], await _host.InScopeAsync((db, _) => db.Settings.Select(s => s.Threshold).ToListAsync()));
    }

    [Fact]
    public async Task Given_a_team_visibility_When_a_list_is_filtered_VisibleTo_Then_the_database_returns_only_their_rows()
    {
        var mine = new Widget { Name = "mine" };
        var teams = new Widget { Name = "team" };
        var other = new Widget { Name = "other" };
        await _host.InScopeAsync(async (db, _) => { db.Widgets.AddRange(mine, teams, other); await db.SaveChangesAsync(); });
        var team = new Visibility(mine.Id, false, new HashSet<Guid> { mine.Id, teams.Id });
        var all = new Visibility(mine.Id, true, new HashSet<Guid> { mine.Id });

        var seen = await _host.InScopeAsync((db, _) =>
            db.Widgets.VisibleTo(team, w => w.Id).OrderBy(w => w.Name).Select(w => w.Name).ToListAsync());
        var everything = await _host.InScopeAsync((db, _) => db.Widgets.VisibleTo(all, w => w.Id).CountAsync());

        Assert.Equal(["mine", "team"], seen);
        Assert.Equal(3, everything);
    }

    [Fact]
    public void Given_a_rule_When_it_does_not_hold_Then_the_domain_refuses_with_its_key_and_arguments()
    {
        var refusal = Assert.Throws<DomainException>(() => DomainException.ThrowIf(true, "Rule_Key", 3));

        Assert.Equal("Rule_Key", refusal.Key);
        Assert.Equal([3], refusal.Arguments);
        Assert.Equal(422, refusal.StatusCode);
        DomainException.ThrowIf(false, "Rule_Key");
    }
}
