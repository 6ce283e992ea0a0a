using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data;

/// <summary>A submitted version is a snapshot the customer may hold: nothing may update or delete it.</summary>
internal static class ImmutableVersions
{
    public static void Guard(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        if (tracker.Entries<QuoteVersion>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Quote versions are immutable snapshots; create a new version instead.");
        }
    }
}
