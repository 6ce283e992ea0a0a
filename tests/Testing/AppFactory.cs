using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Testing;

/// <summary>
/// The real host on real SQLite files in a fresh temp folder, with the demo organisation seeded and a
/// FakeClock (default 2026-11-23 09:00 Asia/Shanghai) that tests advance. One per test class.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public static readonly Instant DefaultNow = Instant.FromUtc(2026, 11, 23, 1, 0);

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "salessuite-tests", Guid.NewGuid().ToString("N"));

    public FakeClock Clock { get; } = new(DefaultNow);

    /// <summary>Off: events stay in the outboxes until a test calls <see cref="DrainOutboxesAsync"/> (deterministic).</summary>
    protected virtual bool BackgroundDispatcher => false;

    /// <summary>Off: channel deliveries stay pending until a test dispatches them.</summary>
    protected virtual bool ChannelDispatcherEnabled => false;

    /// <summary>Off: Collections seeds no demo contracts, payments or commission rules (the people and Leads/Quotes demo stay).</summary>
    protected virtual bool CollectionsDemoData => false;

    /// <summary>Off: Health seeds no demo history (its read models hold only what a test feeds them).</summary>
    protected virtual bool HealthDemoData => false;

    /// <summary>Off: Stores seeds no demo chain (no stores, reports or clusters); the demo test turns it on.</summary>
    protected virtual bool StoresDemoData => false;

    /// <summary>Off: the host does not warm its sign-in path in the background once it listens.</summary>
    protected virtual bool WarmUp => false;

    /// <summary>Off: Goals seeds no demo team story (no targets, contracts or evidence); the demo test turns it on.</summary>
    protected virtual bool GoalsDemoData => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("Demo:Seed", "true");
        // Collections' demo story (contracts, payments, commission rules) would change what its tests count; the
        // demo test turns it on (CollectionsDemoAppFactory).
        builder.UseSetting("Collections:DemoData", CollectionsDemoData ? "true" : "false");
        builder.UseSetting("Health:DemoData", HealthDemoData ? "true" : "false");
        builder.UseSetting("Stores:DemoData", StoresDemoData ? "true" : "false");
        builder.UseSetting("Goals:DemoData", GoalsDemoData ? "true" : "false");
        // Tests sign many people in from one address within seconds; the throttle has its own test.
        builder.UseSetting("SignInThrottle:PermitPerMinute", "100000");
        builder.UseSetting("Outbox:DispatcherEnabled", BackgroundDispatcher ? "true" : "false");
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        // A test's dispatcher starts polling at once (a host waits a few seconds, so that it does not compete with the first requests).
        builder.UseSetting("Outbox:FirstPassDelay", "00:00:00");
        // Channel deliveries (email, robots) are sent only when a test runs the dispatcher (ChannelDispatcher) itself.
        builder.UseSetting("Notifications:Delivery:BackgroundEnabled", ChannelDispatcherEnabled ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // A test host needs no warm start (the warm-up has its own test).
        builder.UseSetting("Host:WarmUp", WarmUp ? "true" : "false");
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IClock>(Clock));
            ConfigureServices(services);
        });
    }

    protected virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>A test starts from the host as it is once every startup task has finished, also those the host does not wait for.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        StartupTasks.WhenAllAsync(host.Services).GetAwaiter().GetResult();
        return host;
    }

    /// <summary>Delivers every pending integration event, as the background dispatcher would.</summary>
    public async Task<int> DrainOutboxesAsync()
    {
        var registry = Services.GetRequiredService<OutboxRegistry>();
        return await registry.DrainAsync(Services);
    }

    /// <summary>
    /// Feeds one integration event to every handler of it in the app, exactly as the outbox dispatcher does
    /// (through <see cref="IEventBus"/>), so a test drives a module without going through the publishing module.
    /// A handler failure is thrown here, where the dispatcher would log it and retry later.
    /// </summary>
    public async Task ConsumeAsync<TEvent>(TEvent integrationEvent) where TEvent : IIntegrationEvent
    {
        var failures = await Services.GetRequiredService<IEventBus>().DeliverAsync(integrationEvent, CancellationToken.None);
        if (failures.Count > 0)
        {
            throw new AggregateException(
                $"{typeof(TEvent).Name} failed in {string.Join(", ", failures.Select(f => f.Handler))}",
                failures.Select(f => f.Exception));
        }
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection; the temp folder is cleaned by the OS.
        }
    }
}
