using Microsoft.EntityFrameworkCore;
using SalesSuite.Health.Domain;
using TotalKey = (NodaTime.LocalDate Week, SalesSuite.Health.Domain.StepKind Kind, string Step, System.Guid OwnerId, System.Guid TeamId);

namespace SalesSuite.Health.Data;

/// <summary>
/// Inside every SaveChanges of Health, before the save: each new step sample is added to its <see cref="StepTotal"/> row
/// and the process stamp gets a new value, so the totals, the samples and the stamp commit in one transaction (ADR 0015:
/// a live event and a rebuild's replay go through here alike). A rebuild empties the totals and touches the stamp itself.
/// </summary>
internal static class StepTotalChanges
{
    public static async Task CountNewSamplesAsync(HealthDbContext db, CancellationToken ct)
    {
        foreach (var group in NewSamples(db))
        {
            Count(db, group, await db.StepTotals.FindAsync(KeyValues(group.Key), ct));
        }
    }

    public static void CountNewSamples(HealthDbContext db)
    {
        foreach (var group in NewSamples(db))
        {
            Count(db, group, db.StepTotals.Find(KeyValues(group.Key)));
        }
    }

    /// <summary>Stages an UPDATE of the process stamp to a new value (no read: the row exists from the migration).</summary>
    public static void Touch(HealthDbContext db)
    {
        var stamp = db.Stamps.Local.FirstOrDefault(s => s.Name == HealthStamp.Process);
        if (stamp is null)
        {
            stamp = new HealthStamp(HealthStamp.Process, Guid.Empty);
            db.Stamps.Attach(stamp);
        }
        stamp.Touch();
        db.Entry(stamp).Property(s => s.Value).IsModified = true;
    }

    private static List<IGrouping<TotalKey, StepSample>> NewSamples(HealthDbContext db) =>
        db.ChangeTracker.Entries<StepSample>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).GroupBy(StepTotal.KeyOf).ToList();

    private static object[] KeyValues(TotalKey key) =>
        [key.Week, key.Kind, key.Step, key.OwnerId, key.TeamId];

    private static void Count(HealthDbContext db, IGrouping<TotalKey, StepSample> group, StepTotal? total)
    {
        if (total is null)
        {
            var (week, kind, step, owner, team) = group.Key;
            total = new StepTotal(week, kind, step, owner, team);
            db.StepTotals.Add(total);
        }
        foreach (var sample in group)
        {
            total.Add(sample);
        }
        Touch(db);
    }
}
