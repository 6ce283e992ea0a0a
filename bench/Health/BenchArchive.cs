using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Health.Bench;

/// <summary>
/// Fills Health's archive directly (what the handlers write first for every event, without applying it): batches of
/// 10,000 rows, change detection off. The read models are then built by the real rebuild.
/// </summary>
internal static class BenchArchive
{
    public const int Batch = 10_000;

    public static async Task<int> InsertAsync(AppFactory factory, IEnumerable<IIntegrationEvent> events)
    {
        var count = 0;
        foreach (var chunk in events.Chunk(Batch))
        {
            await factory.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<HealthDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.Archive.AddRange(chunk.Select(e => new ArchivedEvent(e.EventId, EventSerializer.TypeName(e.GetType()), e.OccurredAt,
                    e.OccurredAt + Duration.FromSeconds(1), EventSerializer.Serialize(e))));
                await db.SaveChangesAsync();
            });
            count += chunk.Length;
            if (count % 100_000 == 0)
            {
                Console.WriteLine($"  archived {count:N0}");
            }
        }
        return count;
    }
}
