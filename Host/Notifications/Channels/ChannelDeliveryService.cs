using Microsoft.Extensions.Options;
using NodaTime;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>
/// The hosted loop: a dispatch pass, then a wait that the handler's commit (ChannelSignal) ends early; every
/// <see cref="ChannelOptions.RetentionInterval"/> also a retention pass (<see cref="ChannelRetention"/>). The first pass
/// waits <see cref="ChannelOptions.FirstPassDelay"/> (or the first signal), so it does not compete with the first requests.
/// </summary>
internal sealed class ChannelDeliveryService(
    IServiceScopeFactory scopes, ChannelSignal signal, IOptions<ChannelOptions> options, IClock clock, ILogger<ChannelDeliveryService> logger)
    : BackgroundService
{
    private Instant _nextRetention = Instant.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundEnabled)
        {
            return;
        }
        await signal.WaitAsync(options.Value.FirstPassDelay, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var attempted = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                attempted = await scope.ServiceProvider.GetRequiredService<ChannelDispatcher>().DispatchDueAsync(stoppingToken);
                await RetainAsync(scope.ServiceProvider, stoppingToken);
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

    private async Task RetainAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var now = clock.GetCurrentInstant();
        if (now < _nextRetention)
        {
            return;
        }
        _nextRetention = now + Duration.FromTimeSpan(options.Value.RetentionInterval);
        var deleted = await services.GetRequiredService<ChannelRetention>().PurgeAsync(stoppingToken);
        if (deleted > 0)
        {
            logger.LogInformation("Channel retention deleted {Count} old delivery rows", deleted);
        }
    }
}
