using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SalesSuite.SharedKernel.Events;

/// <summary>Purges every registered context's old outbox and inbox rows every <see cref="OutboxOptions.RetentionInterval"/>.</summary>
internal sealed class OutboxRetentionService(
    IServiceProvider services, OutboxRegistry registry, IOptions<OutboxOptions> options, ILogger<OutboxRetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled || options.Value.RetentionDays <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.RetentionInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await registry.PurgeAsync(services, stoppingToken);
                logger.LogInformation("Outbox retention deleted {Count} rows older than {Days} days", deleted, options.Value.RetentionDays);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox retention failed; retrying on the next tick");
            }
        }
    }
}
