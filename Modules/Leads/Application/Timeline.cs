using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application;

internal static class Timeline
{
    public static void AddTimeline(this LeadsDbContext db, Guid customerId, string key, Guid? actor, Instant at, params string[] args) =>
        db.Timeline.Add(new TimelineEntry(Guid.NewGuid(), customerId, key, string.Join('|', args), actor, at));
}
