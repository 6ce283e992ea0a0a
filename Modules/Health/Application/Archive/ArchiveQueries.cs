using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Data;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application.Archive;

/// <summary>The archive page (director, admin): counts by type read from the (Type, OccurredAt) index, and the last rebuild.</summary>
internal sealed class ArchiveQueries(HealthDbContext db, HealthAccess access, IOrganisation organisation, IClock clock)
{
    public async Task<ArchiveStats> StatsAsync(CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var byType = (await db.Archive.AsNoTracking().GroupBy(a => a.Type)
                .Select(g => new { Type = g.Key, Events = g.Count(), Oldest = g.Min(a => a.OccurredAt), Newest = g.Max(a => a.OccurredAt) })
                .ToListAsync(ct))
            .Select(t => new ArchiveTypeCount(ShortName(t.Type), t.Events, t.Oldest, t.Newest))
            .OrderByDescending(t => t.Events).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var last = await db.RebuildRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
        LastRebuild? lastRebuild = null;
        if (last is not null)
        {
            var by = last.ByUserId is { } id ? (await organisation.FindUserAsync(id, ct))?.DisplayName : null;
            lastRebuild = new LastRebuild(last.StartedAt, last.FinishedAt, last.IsRunning(clock.GetCurrentInstant()), last.Failed, last.Events,
                last.Unreadable, last.Seconds, by);
        }
        return new ArchiveStats(byType.Sum(t => t.Events), byType.Count == 0 ? null : byType.Min(t => t.Oldest),
            byType.Count == 0 ? null : byType.Max(t => t.Newest), byType, lastRebuild);
    }

    /// <summary>"SalesSuite.Leads.Contracts.DealStageChanged, SalesSuite.Leads.Contracts" → "DealStageChanged".</summary>
    public static string ShortName(string typeName)
    {
        var full = typeName.Split(',')[0];
        return full[(full.LastIndexOf('.') + 1)..];
    }
}
