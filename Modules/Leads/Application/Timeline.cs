using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application;

internal static class Timeline
{
    public static void AddTimeline(this LeadsDbContext db, Guid customerId, string key, Guid? actor, Instant at, params string[] args) =>
        db.Timeline.Add(new TimelineEntry(Guid.NewGuid(), customerId, key, string.Join('|', args), actor, at));

    /// <summary>A line that links to the record behind it (an app-relative URL, e.g. a contract in Collections).</summary>
    public static void AddLinkedTimeline(
        this LeadsDbContext db, Guid customerId, string key, string link, Guid? actor, Instant at, params string[] args) =>
        db.Timeline.Add(new TimelineEntry(Guid.NewGuid(), customerId, key, string.Join('|', args), actor, at, link));

    /// <summary>
    /// The customer a line about <paramref name="customerId"/> belongs on: the survivor when it was merged (an event
    /// from another module may still carry the old id).
    /// </summary>
    public static async Task<Guid> LiveCustomerIdAsync(this LeadsDbContext db, Guid customerId, CancellationToken ct)
    {
        var id = customerId;
        for (var hops = 0; hops < 10 && await db.Customers.AsNoTracking().Where(c => c.Id == id).Select(c => c.MergedIntoId)
            .FirstOrDefaultAsync(ct) is { } survivor; hops++)
        {
            id = survivor;
        }
        return id;
    }
}
