using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Credit;

/// <summary>
/// The credit page's read side. Finance and Admin set limits; the general manager and the sales director read them;
/// everyone else is refused (403). Customers merged into another one are not listed.
/// </summary>
internal sealed class CreditQueries(CollectionsDbContext db, RecordAccess access)
{
    public const int PageSize = 200;
    public const int ExportLimit = 20_000;

    public static readonly IReadOnlyList<string> ReadRoles = [Roles.Finance, Roles.Admin, Roles.GeneralManager, Roles.SalesDirector];

    public bool CanRead => access.IsInAnyRole(ReadRoles);

    /// <summary>Throws 403 unless the reader may see credit limits.</summary>
    public void EnsureCanRead()
    {
        if (!CanRead)
        {
            throw new UnauthorizedAccessException();
        }
    }

    /// <summary>One customer's row (after an edit); null when unknown or merged.</summary>
    public async Task<CreditRow?> RowAsync(Guid customerId, CancellationToken ct)
    {
        EnsureCanRead();
        return await Project(db.Customers.AsNoTracking().Where(c => c.CustomerId == customerId && c.MergedInto == null))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Over the limit first, then by code; <paramref name="take"/> rows at most.</summary>
    public async Task<IReadOnlyList<CreditRow>> ListAsync(CreditFilter filter, int take, CancellationToken ct)
    {
        EnsureCanRead();
        var query = db.Customers.AsNoTracking().Where(c => c.MergedInto == null);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(c => c.Code.Contains(q) || c.Name.Contains(q));
        }
        if (filter.WithLimit)
        {
            query = query.Where(c => c.CreditLimit != null);
        }
        if (filter.OverLimit)
        {
            query = query.Where(c => c.OverLimit);
        }
        return await Project(query.OrderByDescending(c => c.OverLimit).ThenBy(c => c.Code).ThenBy(c => c.CustomerId).Take(take))
            .ToListAsync(ct);
    }

    private static IQueryable<CreditRow> Project(IQueryable<CustomerAccount> query) =>
        query.Select(c => new CreditRow(
            c.CustomerId, c.Code, c.Name, c.CreditLimit, c.Exposure, c.UnscheduledExposure, c.OverLimit, c.ExposureAsOf, c.Version));
}
