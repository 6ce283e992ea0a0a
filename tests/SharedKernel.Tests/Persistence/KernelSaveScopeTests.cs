using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Tests.Fixtures;

namespace SalesSuite.SharedKernel.Tests.Persistence;

/// <summary>
/// The module contexts share one options instance per process (one interceptor for all), while what is per scope (user,
/// operation) and per save (bumped versions, outbox written) stays with the context being saved.
/// </summary>
public sealed class KernelSaveScopeTests : IAsyncLifetime
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
    public async Task Given_two_scopes_When_each_resolves_the_context_Then_both_contexts_run_on_the_same_options_instance()
    {
        await using var first = _host.Services.CreateAsyncScope();
        await using var second = _host.Services.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<TestDbContext>();
        var b = second.ServiceProvider.GetRequiredService<TestDbContext>();

        Assert.NotSame(a, b);
        Assert.Same(
            first.ServiceProvider.GetRequiredService<DbContextOptions<TestDbContext>>(),
            second.ServiceProvider.GetRequiredService<DbContextOptions<TestDbContext>>());
        Assert.Same(a.GetService<IDbContextOptions>(), b.GetService<IDbContextOptions>());
    }

    [Fact]
    public async Task Given_many_scopes_saving_at_once_When_half_of_the_saves_fail_Then_each_context_keeps_its_own_user_operation_and_versions()
    {
        const int Scopes = 16;
        var widgets = Enumerable.Range(0, Scopes).Select(i => new Widget { Name = $"w{i}", CreatedAt = KernelHost.Start }).ToList();
        await _host.InScopeAsync(async (db, _) =>
        {
            db.Widgets.Add(new Widget { Name = "taken", CreatedAt = KernelHost.Start });
            db.Widgets.AddRange(widgets);
            await db.SaveChangesAsync();
        });
        var users = Enumerable.Range(0, Scopes).Select(_ => Guid.NewGuid()).ToList();
        using var start = new Barrier(Scopes);

        // Even scopes rename to a taken name (unique index: the save fails), odd scopes rename to a free one.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, Scopes).Select(i => Task.Run(() => _host.InScopeAsync(async (db, sp) =>
        {
            sp.GetRequiredService<TestCurrentUser>().UserId = users[i];
            sp.GetRequiredService<IOperationContext>().Begin($"Widget.Rename{i}");
            var widget = await db.Widgets.SingleAsync(x => x.Id == widgets[i].Id);
            widget.Name = i % 2 == 0 ? "taken" : $"renamed{i}";
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            var failed = false;
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                failed = true;
            }
            var pendingLogs = db.ChangeTracker.Entries<OperationLogEntry>().Count(e => e.State == EntityState.Added);
            return (failed, widget.Version, pendingLogs);
        }))));

        var stored = await _host.InScopeAsync((db, _) => db.Widgets.AsNoTracking().ToDictionaryAsync(x => x.Id));
        var logs = await _host.InScopeAsync((db, _) => db.OperationLog.AsNoTracking().Where(x => x.Operation.StartsWith("Widget.Rename"))
            .ToListAsync());
        for (var i = 0; i < Scopes; i++)
        {
            var (failed, version, pendingLogs) = outcomes[i];
            Assert.Equal(i % 2 == 0, failed);
            Assert.Equal(0, pendingLogs);
            // A failed attempt steps its own version back; a saved one steps it once.
            Assert.Equal(failed ? 0 : 1, version);
            Assert.Equal(failed ? 0 : 1, stored[widgets[i].Id].Version);
            var mine = logs.Where(x => x.EntityId == widgets[i].Id.ToString()).ToList();
            if (failed)
            {
                Assert.Empty(mine);
            }
            else
            {
                var log = Assert.Single(mine);
                Assert.Equal($"Widget.Rename{i}", log.Operation);
                Assert.Equal(users[i], log.ActorUserId);
            }
        }
    }

    [Fact]
    public async Task Given_a_context_built_with_the_registered_options_outside_DI_When_it_saves_Then_it_refuses_instead_of_logging_no_one()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await using var db = new TestDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<TestDbContext>>());
        db.Widgets.Add(new Widget { Name = "orphan", CreatedAt = KernelHost.Start });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("not created by dependency injection", error.Message, StringComparison.Ordinal);
    }
}
