using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesSuite.Health.Application.Projection;
using SalesSuite.Health.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Health.Application.Archive;

/// <summary>
/// Rebuilds every read model from the archive: empties them and replays the archived events in arrival order through
/// the same projector live events go through, in one transaction (readers keep the old numbers until it commits; a live
/// event arriving meanwhile waits or is retried by its outbox). Decisions (actions, grades) and settings are kept. The step
/// totals are emptied with the samples and counted again as the replay adds them; the process stamp changes at the end.
/// </summary>
internal sealed class RebuildService(HealthDbContext db, HealthProjector projector, ILogger<RebuildService> logger)
{
    public const int BatchSize = 2000;

    public async Task<RebuildResult> RebuildAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ClearAsync(ct);
        long position = 0, events = 0, unreadable = 0;
        while (true)
        {
            var batch = await db.Archive.AsNoTracking().Where(a => a.Position > position).OrderBy(a => a.Position)
                .Take(BatchSize).Select(a => new { a.Position, a.Type, a.Payload }).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var row in batch)
            {
                IIntegrationEvent e;
                try
                {
                    e = EventSerializer.Deserialize(row.Type, row.Payload);
                }
                catch (Exception ex) when (ex is InvalidOperationException or System.Text.Json.JsonException)
                {
                    logger.LogWarning(ex, "Health rebuild skipped archived event {Position} of type {Type}", row.Position, row.Type);
                    unreadable++;
                    continue;
                }
                // Automatic change detection is off: the projector's lookups (FindAsync, Local) see tracked rows as they are,
                // and one DetectChanges per batch (below) finds what it changed — per event it would cost O(tracked rows).
                await projector.ApplyAsync(e, ct);
                events++;
            }
            position = batch[^1].Position;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        // The summaries were counted batch by batch (StepTotalChanges); the stamp changes even when nothing was replayed.
        StepTotalChanges.Touch(db);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        logger.LogInformation("Health rebuild replayed {Events} events in {Elapsed}", events, watch.Elapsed);
        return new RebuildResult(events, unreadable, watch.Elapsed);
    }

    private async Task ClearAsync(CancellationToken ct)
    {
        await db.Steps.ExecuteDeleteAsync(ct);
        await db.StepTotals.ExecuteDeleteAsync(ct);
        await db.Leads.ExecuteDeleteAsync(ct);
        await db.Deals.ExecuteDeleteAsync(ct);
        await db.Quotes.ExecuteDeleteAsync(ct);
        await db.FollowUps.ExecuteDeleteAsync(ct);
        await db.Customers.ExecuteDeleteAsync(ct);
        await db.Corrections.ExecuteDeleteAsync(ct);
        await db.HandOvers.ExecuteDeleteAsync(ct);
        await db.Stages.ExecuteDeleteAsync(ct);
    }
}
