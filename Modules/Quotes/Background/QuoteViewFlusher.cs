using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesSuite.Quotes.Application.PublicLink;

namespace SalesSuite.Quotes.Background;

/// <summary>
/// Writes the customer's page views off the request path: waits for a view, then up to <see cref="Interval"/> (or a
/// full batch of <see cref="QuoteViewQueue.BatchSize"/>) and writes what is queued in one transaction per batch
/// through <see cref="QuoteViewCommands"/>; the outbox then delivers QuoteViewed and the bell (well within 2 s).
/// Each host flushes its own queue; on shutdown the queue is flushed. Tests call <see cref="FlushAsync"/>.
/// </summary>
internal sealed class QuoteViewFlusher(
    QuoteViewQueue queue, IServiceScopeFactory scopes, TimeSpan interval, ILogger<QuoteViewFlusher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public TimeSpan Interval => interval;

    /// <summary>Writes every queued view now (batch by batch); returns how many were written.</summary>
    public async Task<int> FlushAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var written = 0;
            while (queue.Take(QuoteViewQueue.BatchSize) is { Count: > 0 } batch)
            {
                written += await WriteAsync(batch, ct);
            }
            return written;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await queue.WaitForViewAsync(stoppingToken))
        {
            await queue.WaitForBatchAsync(interval, stoppingToken);
            await FlushAsync(CancellationToken.None);
        }
        // Stopping: what is queued is written before the host goes.
        await FlushAsync(CancellationToken.None);
    }

    private async Task<int> WriteAsync(List<PendingView> batch, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<QuoteViewCommands>().RecordAsync(batch, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Views are counts and a bell, not business records: a failed batch is logged, not retried for ever.
            logger.LogError(ex, "Writing {Count} quote page views failed; they are not counted", batch.Count);
            return 0;
        }
    }
}
