using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Receivables;

/// <summary>The read side: lists are filtered in the database by the reader's visibility (own / team / all).</summary>
internal sealed class ReceivableQueries(CollectionsDbContext db, RecordAccess access)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<ReceivableRow>> ListAsync(CancellationToken ct)
    {
        // Finance confirms every payment: it sees every receivable, like the GM.
        var visibility = await access.VisibilityAsync([Roles.Finance], ct);
        return await db.Receivables.AsNoTracking()
            .VisibleTo(visibility, x => x.OwnerId)
            .OrderByDescending(x => x.CreatedAt).ThenBy(x => x.Sequence)
            .Take(PageSize)
            .Select(x => new ReceivableRow(
                x.Id, x.ContractId, x.Title, x.Amount, x.PaidAmount, x.Currency, x.OwnerId, x.CreatedAt, x.Version, x.Status, x.DueDate))
            .ToListAsync(ct);
    }
}
