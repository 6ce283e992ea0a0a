using Microsoft.Extensions.Options;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>The hosted loop: a dispatch pass, then a wait that the handler's commit (ChannelSignal) ends early.</summary>
internal sealed class ChannelDeliveryService(
    IServiceScopeFactory scopes, ChannelSignal signal, IOptions<ChannelOptions> options, ILogger<ChannelDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundEnabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var attempted = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                attempted = await scope.ServiceProvider.GetRequiredService<ChannelDispatcher>().DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Channel delivery pass failed; retrying after the poll interval");
            }
            if (attempted == 0)
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
    }
}
