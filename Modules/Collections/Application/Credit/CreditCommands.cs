using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Application.Credit;

/// <summary>Finance sets or clears a customer's credit limit; the exposure is recomputed and <c>CreditExposureChanged</c> published.</summary>
internal sealed class CreditCommands(
    CollectionsDbContext db, CollectionsAccess access, CreditExposureService exposure, UnitOfWork<CollectionsDbContext> unitOfWork)
{
    /// <summary>
    /// <paramref name="limit"/> null clears it. <paramref name="version"/> is the account version the form showed: a limit
    /// or exposure changed since then is refused as stale (409) and nothing is saved.
    /// </summary>
    public async Task SetLimitAsync(Guid customerId, int version, decimal? limit, CancellationToken ct)
    {
        access.EnsureFinance();
        var account = await db.Customers.FindAsync([customerId], ct);
        if (account is null || account.MergedInto is not null)
        {
            throw new KeyNotFoundException();
        }
        StaleEditException.ThrowIfChanged(version, account.Version);
        var changed = account.SetCreditLimit(limit);
        await exposure.RefreshAsync(customerId, access.UserId, changed, ct);
        await unitOfWork.CommitAsync("Credit.SetLimit", ct);
    }
}
