using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Tests.Fixtures;

namespace SalesSuite.SharedKernel.Tests;

public sealed class PersistenceTests : IAsyncLifetime
{
    private readonly string _folder = KernelHost.NewFolder();
    private KernelHost _host = null!;

    public async Task InitializeAsync() => _host = await KernelHost.StartAsync(_folder);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        KernelHost.DeleteFolder(_folder);
    }

    [Fact]
    public async Task Given_NodaTime_values_When_saved_and_read_in_a_new_context_Then_they_round_trip()
    {
        var widget = new Widget
        {
            Name = "times",
            CreatedAt = Instant.FromUtc(2026, 11, 23, 1, 2, 3) + Duration.FromMilliseconds(456),
            ClosedAt = Instant.FromUtc(2027, 1, 1, 0, 0),
            Due = new LocalDate(2026, 12, 31),
            Slot = new LocalTime(17, 45, 30),
            Dwell = Duration.FromHours(26) + Duration.FromSeconds(7),
            Price = 1234.5678m,
        };
        await _host.InScopeAsync(async (db, _) => { db.Widgets.Add(widget); await db.SaveChangesAsync(); });

        var read = await _host.InScopeAsync((db, _) => db.Widgets.AsNoTracking().SingleAsync(w => w.Id == widget.Id));

        Assert.Equal(widget.CreatedAt, read.CreatedAt);
        Assert.Equal(widget.ClosedAt, read.ClosedAt);
        Assert.Equal(widget.Due, read.Due);
        Assert.Equal(widget.Slot, read.Slot);
        Assert.Equal(widget.Dwell, read.Dwell);
        Assert.Equal(widget.Price, read.Price);
    }

    [Fact]
    public async Task Given_Instants_When_filtered_and_ordered_in_SQL_Then_the_order_is_chronological()
    {
        var early = Instant.FromUtc(2026, 1, 2, 3, 4);
        await _host.InScopeAsync(async (db, _) =>
        {
            db.Widgets.Add(new Widget { Name = "late", CreatedAt = early + Duration.FromDays(40) });
            db.Widgets.Add(new Widget { Name = "early", CreatedAt = early });
            db.Widgets.Add(new Widget { Name = "middle", CreatedAt = early + Duration.FromHours(5) });
            await db.SaveChangesAsync();
        });

        var names = await _host.InScopeAsync((db, _) => db.Widgets.Where(w => w.CreatedAt > early)
            .OrderBy(w => w.CreatedAt).Select(w => w.Name).ToListAsync());

        Assert.Equal(["middle", "late"], names);
    }

    [Fact]
    public async Task Given_an_auditable_entity_When_one_field_changes_Then_the_log_has_actor_operation_and_only_that_field()
    {
        var actor = Guid.NewGuid();
        var widget = new Widget { Name = "before", Rank = 3, CreatedAt = KernelHost.Start };
        await _host.InScopeAsync(async (db, sp) =>
        {
            sp.GetRequiredService<TestCurrentUser>().UserId = actor;
            db.Widgets.Add(widget);
            await db.SaveChangesAsync();
        });
        _host.Clock.Advance(Duration.FromMinutes(5));

        await _host.InScopeAsync(async (db, sp) =>
        {
            sp.GetRequiredService<TestCurrentUser>().UserId = actor;
            sp.GetRequiredService<IOperationContext>().Begin("Widget.Rename");
            var w = await db.Widgets.SingleAsync(x => x.Id == widget.Id);
            w.Name = "after";
            w.Rank = 3; // assigned but unchanged: not logged
            await db.SaveChangesAsync();
        });

        var log = await _host.InScopeAsync((db, _) => db.OperationLog.AsNoTracking()
            .Where(x => x.EntityType == nameof(Widget) && x.EntityId == widget.Id.ToString()).OrderBy(x => x.At).ToListAsync());
        Assert.Equal(2, log.Count);
        Assert.Equal("Widget.Added", log[0].Operation);
        Assert.Contains(log[0].ReadChanges(), c => c is { Field: nameof(Widget.Name), Before: null, After: "before" });
        var rename = log[1];
        Assert.Equal("Widget.Rename", rename.Operation);
        Assert.Equal(actor, rename.ActorUserId);
        Assert.Equal(KernelHost.Start + Duration.FromMinutes(5), rename.At);
        var change = Assert.Single(rename.ReadChanges());
        Assert.Equal(new FieldChange(nameof(Widget.Name), "before", "after"), change);
    }

    [Fact]
    public async Task Given_no_signed_in_user_When_an_auditable_entity_is_deleted_Then_the_log_names_the_system_and_the_default_operation()
    {
        var widget = new Widget { Name = "doomed", CreatedAt = KernelHost.Start };
        await _host.InScopeAsync(async (db, _) => { db.Widgets.Add(widget); await db.SaveChangesAsync(); });
        await _host.InScopeAsync(async (db, _) =>
        {
            db.Widgets.Remove(await db.Widgets.SingleAsync(x => x.Id == widget.Id));
            await db.SaveChangesAsync();
        });

        var deleted = await _host.InScopeAsync((db, _) => db.OperationLog.SingleAsync(x => x.Operation == "Widget.Deleted"));

        Assert.Null(deleted.ActorUserId);
        Assert.Contains(deleted.ReadChanges(), c => c is { Field: nameof(Widget.Name), Before: "doomed", After: null });
    }

    [Fact]
    public async Task Given_two_editors_When_the_second_saves_a_stale_copy_Then_DbUpdateConcurrencyException_and_the_first_edit_stays()
    {
        var widget = new Widget { Name = "shared", CreatedAt = KernelHost.Start };
        await _host.InScopeAsync(async (db, _) => { db.Widgets.Add(widget); await db.SaveChangesAsync(); });
        await using var scopeA = _host.Services.CreateAsyncScope();
        await using var scopeB = _host.Services.CreateAsyncScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<TestDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<TestDbContext>();
        var a = await dbA.Widgets.SingleAsync(x => x.Id == widget.Id);
        var b = await dbB.Widgets.SingleAsync(x => x.Id == widget.Id);

        a.Rank = 1;
        await dbA.SaveChangesAsync();
        b.Rank = 2;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
        var stored = await _host.InScopeAsync((db, _) => db.Widgets.AsNoTracking().SingleAsync(x => x.Id == widget.Id));
        Assert.Equal(1, stored.Rank);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task Given_a_save_that_failed_When_the_same_context_saves_again_Then_one_log_entry_and_one_version_step()
    {
        await _host.InScopeAsync(async (db, _) =>
        {
            db.Widgets.Add(new Widget { Name = "taken", CreatedAt = KernelHost.Start });
            await db.SaveChangesAsync();
        });
        var widget = new Widget { Name = "fresh", CreatedAt = KernelHost.Start };
        await _host.InScopeAsync(async (db, _) => { db.Widgets.Add(widget); await db.SaveChangesAsync(); });

        await _host.InScopeAsync(async (db, _) =>
        {
            var w = await db.Widgets.SingleAsync(x => x.Id == widget.Id);
            w.Name = "taken"; // unique index: this save fails
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            w.Name = "renamed"; // the user corrects the input; the same unit of work saves again
            await db.SaveChangesAsync();
        });

        var stored = await _host.InScopeAsync((db, _) => db.Widgets.AsNoTracking().SingleAsync(x => x.Id == widget.Id));
        var modified = await _host.InScopeAsync((db, _) => db.OperationLog.AsNoTracking()
            .Where(x => x.EntityId == widget.Id.ToString() && x.Operation == "Widget.Modified").ToListAsync());
        Assert.Equal(1, stored.Version);
        var entry = Assert.Single(modified);
        Assert.Equal(new FieldChange(nameof(Widget.Name), "fresh", "renamed"), Assert.Single(entry.ReadChanges()));
    }

    [Fact]
    public async Task Given_a_value_longer_than_the_cap_When_logged_Then_only_its_length_enters_the_operation_log()
    {
        var signature = "data:image/png;base64," + new string('A', 5000);
        var widget = new Widget { Name = "signed", Category = "short", CreatedAt = KernelHost.Start };
        await _host.InScopeAsync(async (db, _) => { db.Widgets.Add(widget); await db.SaveChangesAsync(); });
        await _host.InScopeAsync(async (db, _) =>
        {
            (await db.Widgets.SingleAsync(x => x.Id == widget.Id)).Category = signature;
            await db.SaveChangesAsync();
        });
        await _host.InScopeAsync(async (db, _) =>
        {
            (await db.Widgets.SingleAsync(x => x.Id == widget.Id)).Category = signature.Replace('A', 'B');
            await db.SaveChangesAsync();
        });

        var log = await _host.InScopeAsync((db, _) => db.OperationLog.AsNoTracking()
            .Where(x => x.EntityId == widget.Id.ToString()).OrderBy(x => x.At).ThenBy(x => x.Id).ToListAsync());
        var changes = log.SelectMany(x => x.ReadChanges()).Where(c => c.Field == nameof(Widget.Category)).ToList();
        Assert.DoesNotContain(log, x => x.ChangesJson.Contains("AAAA", StringComparison.Ordinal));
        Assert.DoesNotContain(log, x => x.ChangesJson.Contains("BBBB", StringComparison.Ordinal));
        Assert.Contains(new FieldChange(nameof(Widget.Category), "short", "(5022 characters)"), changes);
        // Same length, different content: still logged as a change, by length only.
        Assert.Contains(new FieldChange(nameof(Widget.Category), "(5022 characters)", "(5022 characters)"), changes);
    }
}
