using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SalesSuite.Quotes.Application;

/// <summary>Every 30 s runs <see cref="QuoteMaintenance.TickAsync"/> (which reads IClock, so tests call it directly).</summary>
internal sealed class QuotesTicker(IServiceScopeFactory scopes, ILogger<QuotesTicker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<QuoteMaintenance>().TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Quotes tick failed");
            }
        }
    }
}
