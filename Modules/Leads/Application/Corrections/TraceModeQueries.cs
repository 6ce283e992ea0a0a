using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Leads.Application.Corrections;

/// <summary>Whether the signed-in person is in trace mode (Health's TraceModeChanged, read model TraceModes).</summary>
internal sealed class TraceModeQueries(LeadsDbContext db, RecordAccess access)
{
    public async Task<TraceModeNotice?> MineAsync(CancellationToken ct)
    {
        var me = access.UserId;
        return await db.TraceModes.AsNoTracking().Where(t => t.UserId == me && t.On)
            .Select(t => new TraceModeNotice(t.Reason, t.ChangedAt)).FirstOrDefaultAsync(ct);
    }
}
