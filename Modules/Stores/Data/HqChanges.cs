using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Data;

/// <summary>
/// Stamps the headquarters reports inside every SaveChanges of the module: a change to a store, a promotion, a new
/// product, a daily report or one of its lines touches <see cref="HqStamp.Reports"/> in the same transaction as the
/// change. The module has no write that bypasses the change tracker; one that is added must call <see cref="Touch"/>.
/// </summary>
internal static class HqChanges
{
    public static void StampChangedReports(StoresDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is Store or Promotion or NewProduct or DailyReport or PromotionExecution or RolloutEntry or FeedbackEntry);
        if (changed)
        {
            Touch(db);
        }
    }

    /// <summary>Stages an UPDATE of the stamp's row to a new value (no read: the row exists from the migration).</summary>
    public static void Touch(StoresDbContext db)
    {
        var stamp = db.HqStamps.Local.FirstOrDefault(s => s.Name == HqStamp.Reports);
        if (stamp is null)
        {
            stamp = new HqStamp(HqStamp.Reports, Guid.Empty);
            db.HqStamps.Attach(stamp);
        }
        stamp.Touch();
        db.Entry(stamp).Property(s => s.Value).IsModified = true;
    }
}
