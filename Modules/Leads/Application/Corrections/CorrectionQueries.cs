using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Application.FollowUps;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Leads.Application.Corrections;

/// <summary>A follow-up's correction page and history, for people who may see it.</summary>
internal sealed class CorrectionQueries(LeadsDbContext db, RecordAccess access, FollowUpQueries followUps)
{
    /// <summary>Null when the follow-up does not exist or is not visible (the page answers 404).</summary>
    public async Task<CorrectionView?> FormAsync(Guid followUpId, CancellationToken ct)
    {
        var followUp = await db.FollowUps.AsNoTracking().FirstOrDefaultAsync(f => f.Id == followUpId, ct);
        if (followUp is null || !await access.CanSeeAsync(followUp.OwnerId, ct))
        {
            return null;
        }
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == followUp.CustomerId).Select(c => c.Name).FirstOrDefaultAsync(ct);
        var names = await access.NamesAsync(ct);
        var history = await HistoryAsync([followUpId], names, ct);
        var me = access.UserId;
        var traced = await db.TraceModes.AsNoTracking().AnyAsync(t => t.On && (t.UserId == followUp.OwnerId || t.UserId == me), ct);
        return new CorrectionView(
            followUp, customer ?? "—", names.TryGetValue(followUp.OwnerId, out var owner) ? owner : "—",
            await followUps.ObstacleTagsAsync(ct), history.GetValueOrDefault(followUpId) ?? [], traced,
            followUp.OwnerId == me || access.IsManager);
    }

    /// <summary>The corrections of these follow-ups, newest first, by follow-up.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<CorrectionLine>>> HistoryAsync(
        IReadOnlyList<Guid> followUpIds, IReadOnlyDictionary<Guid, string> names, CancellationToken ct)
    {
        var ids = followUpIds.ToList();
        var rows = await db.FollowUpCorrections.AsNoTracking().Where(c => ids.Contains(c.FollowUpId)).ToListAsync(ct);
        return rows.GroupBy(c => c.FollowUpId).ToDictionary(
            g => g.Key, g => (IReadOnlyList<CorrectionLine>)[.. g.OrderByDescending(c => c.At).Select(c => CorrectionLine.Of(c, names))]);
    }
}
