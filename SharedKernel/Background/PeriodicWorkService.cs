using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SalesSuite.SharedKernel.Background;

/// <summary>Runs <typeparamref name="TWork"/> in a fresh scope at a fixed interval; a failed tick is logged and the next one retries.</summary>
public sealed class PeriodicWorkService<TWork>(
    IServiceScopeFactory scopes, PeriodicWorkSchedule<TWork> schedule, ILogger<PeriodicWorkService<TWork>> logger)
    : BackgroundService where TWork : IPeriodicWork
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(schedule.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TWork>().TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Periodic work {Work} failed; retrying on the next tick", typeof(TWork).Name);
            }
        }
    }
}
