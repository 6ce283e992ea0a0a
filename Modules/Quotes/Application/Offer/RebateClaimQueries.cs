using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Application.Offer;

/// <summary>Finance's to-do list of rebate requests (open first, oldest first); everyone else sees their own requests.</summary>
internal sealed class RebateClaimQueries(QuotesDbContext db, RecordAccess access)
{
    public const int MaxRows = 500;

    public bool SeesAll => access.IsInAnyRole([Roles.Finance, Roles.Admin]);

    public Task<List<RebateClaim>> ListAsync(bool openOnly, CancellationToken ct)
    {
        var query = db.RebateClaims.AsNoTracking();
        if (!SeesAll)
        {
            var me = access.UserId;
            query = query.Where(c => c.RequestedBy == me);
        }
        if (openOnly)
        {
            query = query.Where(c => c.Status == RebateClaimStatus.Open);
        }
        return query.OrderBy(c => c.Status == RebateClaimStatus.Open ? 0 : 1).ThenBy(c => c.RequestedAt).Take(MaxRows).ToListAsync(ct);
    }

    public Task<int> OpenCountAsync(CancellationToken ct) =>
        SeesAll ? db.RebateClaims.CountAsync(c => c.Status == RebateClaimStatus.Open, ct) : Task.FromResult(0);
}
