using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// One loop for every registered outbox. A commit that wrote outbox rows wakes it and names its context: that pass
/// reads only the outboxes written since the last pass (one claim used to cost a read of all seven, twice). Every
/// <see cref="OutboxOptions.PollInterval"/> a pass reads them all: rows written by another host, retries that came due,
/// leases of a host that died. The first pass over every outbox after <see cref="OutboxOptions.FirstPassDelay"/>, not while
/// the host starts; a commit before that has its own outbox read at once. A wake-up waits <see cref="OutboxOptions.GatherDelay"/> first, so a burst of commits
/// shares one pass.
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
        var poll = options.Value.PollInterval;
        var started = Stopwatch.GetTimestamp();
        await signal.WaitAsync(options.Value.FirstPassDelay, stoppingToken);
        // The first pass over every outbox (what was left before the start, other hosts' rows) waits out the start-up delay
        // even when a commit ended that wait early: that commit's own outbox is read at once, the backlog is not.
        var lastFullPass = started + (long)((options.Value.FirstPassDelay - poll).TotalSeconds * Stopwatch.Frequency);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var written = signal.TakeWritten();
                // Woken by the poll interval (no outbox named) or due for one: every outbox.
                var full = written is null || written.Count == 0 || Stopwatch.GetElapsedTime(lastFullPass) >= poll;
                if (full)
                {
                    lastFullPass = Stopwatch.GetTimestamp();
                }
                foreach (var outbox in registry.Outboxes.Where(o => full || written!.Contains(o.Context)))
                {
                    if (await outbox.Dispatch(services, stoppingToken) >= options.Value.BatchSize)
                    {
                        signal.Notify(outbox.Context); // a full batch: there may be more, read it again at once
                    }
                }
                var untilFullPass = poll - Stopwatch.GetElapsedTime(lastFullPass);
                if (await signal.WaitAsync(untilFullPass > TimeSpan.Zero ? untilFullPass : TimeSpan.Zero, stoppingToken)
                    && options.Value.GatherDelay > TimeSpan.Zero)
                {
                    await Task.Delay(options.Value.GatherDelay, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch pass failed; retrying after the poll interval");
                await Task.Delay(poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
