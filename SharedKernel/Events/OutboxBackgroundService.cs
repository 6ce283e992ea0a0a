using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// One loop for every registered outbox: wakes on commit or on the poll interval; the first pass after
/// <see cref="OutboxOptions.FirstPassDelay"/> (or the first commit), not while the host starts.
/// </summary>
internal sealed class OutboxBackgroundService(
    IServiceProvider services,
    OutboxRegistry registry,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled)
        {
            return;
        }
        await signal.WaitAsync(options.Value.FirstPassDelay, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var delivered = 0;
                foreach (var dispatch in registry.Dispatchers)
                {
                    delivered += await dispatch(services, stoppingToken);
                }
                if (delivered == 0)
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch pass failed; retrying after the poll interval");
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
