using Microsoft.EntityFrameworkCore;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Indicators;

/// <summary>The thresholds in force for the nine indicators, in display order (configuration, the same for every reader).</summary>
internal sealed class ThresholdQueries(HealthDbContext db)
{
    public async Task<IReadOnlyList<ThresholdView>> CurrentAsync(CancellationToken ct)
    {
        var rows = await db.Thresholds.AsNoTracking().ToListAsync(ct);
        return Indicator.All
            .Select(i => rows.FirstOrDefault(r => r.Code == i.Code) is { } r
                ? new ThresholdView(i, r.Green, r.Red, r.Version)
                : new ThresholdView(i, i.Green, i.Red, 0))
            .ToList();
    }
}
