using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Background;

/// <summary>
/// Runs <typeparamref name="TWork"/> in a fresh scope at a fixed interval; a failed tick is logged and the next one retries.
/// With several hosts on one database, a tick first takes the work's lease (table WorkLeases in the module's own
/// database, see <see cref="WorkLeases"/>): the host holding it runs the tick and renews it, the others skip; when the
/// holder dies its lease ends and the next host to tick takes the work over.
/// </summary>
public sealed class PeriodicWorkService<TWork>(
    IServiceScopeFactory scopes,
    PeriodicWorkSchedule<TWork> schedule,
    IOptions<PeriodicWorkOptions> options,
    ILogger<PeriodicWorkService<TWork>> logger)
    : BackgroundService where TWork : IPeriodicWork
{
    private static readonly string LeaseName = typeof(TWork).FullName!;

    public TimeSpan Interval => options.Value.IntervalOf(typeof(TWork).Name, schedule.Interval);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await TakeLeaseAsync(scope.ServiceProvider, stoppingToken))
                {
                    await scope.ServiceProvider.GetRequiredService<TWork>().TickAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Periodic work {Work} failed; retrying on the next tick", typeof(TWork).Name);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (LeaseDatabase(scope.ServiceProvider) is { } db)
            {
                await scope.ServiceProvider.GetRequiredService<WorkLeases>().ReleaseAsync(db, LeaseName, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The lease of {Work} could not be handed back; it ends by itself", typeof(TWork).Name);
        }
    }

    private async Task<bool> TakeLeaseAsync(IServiceProvider services, CancellationToken ct)
    {
        if (LeaseDatabase(services) is not { } db)
        {
            return true;
        }
        var length = options.Value.LeaseFor(Interval);
        var taken = await services.GetRequiredService<WorkLeases>().TryTakeAsync(db, LeaseName, length, ct);
        if (!taken)
        {
            logger.LogDebug("Periodic work {Work} skipped: another host holds its lease", typeof(TWork).Name);
        }
        return taken;
    }

    /// <summary>The database of the module that owns the work (same assembly), else the first registered one.</summary>
    private static IKernelDbContext? LeaseDatabase(IServiceProvider services)
    {
        var contexts = services.GetService<ModuleDatabaseRegistry>()?.Contexts ?? [];
        var type = contexts.FirstOrDefault(t => t.Assembly == typeof(TWork).Assembly) ?? contexts.FirstOrDefault();
        return type is null ? null : services.GetService(type) as IKernelDbContext;
    }
}
