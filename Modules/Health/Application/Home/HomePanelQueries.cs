using Microsoft.EntityFrameworkCore;
using SalesSuite.Health.Data;

namespace SalesSuite.Health.Application.Home;

/// <summary>The home page's Health card (polled every 15 s by every manager on the home page: index reads only).</summary>
internal sealed class HomePanelQueries(HealthDbContext db)
{
    public async Task<HomePanelView> PanelAsync(CancellationToken ct)
    {
        var events = await db.Archive.CountAsync(ct);
        // The newest row by position (the primary key) is the last event received.
        var last = await db.Archive.AsNoTracking().OrderByDescending(a => a.Position).Select(a => (NodaTime.Instant?)a.ReceivedAt)
            .FirstOrDefaultAsync(ct);
        return new HomePanelView(events, last);
    }
}
