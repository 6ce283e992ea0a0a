using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

/// <summary>
/// The kernel wired as the host wires it (AddSharedKernel + AddModuleDbContext) around a test module context
/// on a real SQLite file. Disposing it drops the whole service provider, like a process exit.
/// </summary>
public sealed class KernelHost : IAsyncDisposable
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 23, 1, 0);

    private KernelHost(string folder, FakeClock clock, ServiceProvider services)
    {
        Folder = folder;
        Clock = clock;
        Services = services;
    }

    public string Folder { get; }
    public FakeClock Clock { get; }
    public ServiceProvider Services { get; }
    public HandlerProbe Probe => Services.GetRequiredService<HandlerProbe>();
    public OutboxRegistry Outboxes => Services.GetRequiredService<OutboxRegistry>();

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "salessuite-kernel-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Builds a provider on <paramref name="folder"/> (a new temp folder when null) and creates the schema.</summary>
    public static async Task<KernelHost> StartAsync(string? folder = null, FakeClock? clock = null, Dictionary<string, string?>? settings = null)
    {
        folder ??= NewFolder();
        clock ??= new FakeClock(Start);
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataFolder"] = folder,
            ["Outbox:DispatcherEnabled"] = "false",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IClock>(clock);
        services.AddScoped<TestCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddSharedKernel();
        services.AddModuleDbContext<TestDbContext>(configuration, "kerneltest");
        services.AddSingleton<HandlerProbe>();
        services.ConfigureDbContext<TestDbContext>((sp, options) =>
            options.AddInterceptors(new OutboxPollProbe(sp.GetRequiredService<HandlerProbe>())));
        services.AddScoped<IIntegrationEventHandler<WidgetCreated>, WidgetCreatedProjector>();
        services.AddScoped<IIntegrationEventHandler<FlakyHappened>, FlakyProjector>();
        services.AddScoped<IIntegrationEventHandler<FlakyHappened>, SteadyProjector>();
        services.AddScoped<IIntegrationEventHandler<PoisonHappened>, PoisonProjector>();
        services.AddScoped<IIntegrationEventHandler<PoisonHappened>, PoisonBystander>();
        services.AddScoped<IIntegrationEventHandler<CountedHappened>, CountingFirstHandler>();
        services.AddScoped<IIntegrationEventHandler<CountedHappened>, CountingSecondHandler>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }
        return new KernelHost(folder, clock, provider);
    }

    public async Task<T> InScopeAsync<T>(Func<TestDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TestDbContext>(), scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<TestDbContext, IServiceProvider, Task> work) =>
        InScopeAsync<bool>(async (db, sp) => { await work(db, sp); return true; });

    public Task<int> DrainAsync() => Outboxes.DrainAsync(Services);

    public Task<int> CountAppliedAsync(Guid eventId, string handler) =>
        InScopeAsync((db, _) => db.Applied.CountAsync(a => a.EventId == eventId && a.Handler == handler));

    public Task<OutboxMessage> OutboxRowAsync(Guid eventId) =>
        InScopeAsync((db, _) => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == eventId));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Deletes the folder; call after the last host on it is disposed.</summary>
    public static void DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: temp folder.
        }
    }
}
