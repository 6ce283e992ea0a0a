using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Goals.Application.Customers;

/// <summary>The customers Goals knows (from Leads' and Health's events) that the manager's people own.</summary>
internal sealed class CustomerQueries(GoalsDbContext db, GoalsAccess access)
{
    public const int Cap = 500;

    public async Task<IReadOnlyList<GoalCustomer>> ListAsync(string? search, bool keyOnly, CancellationToken ct)
    {
        EnsureManager(access);
        var visibility = await access.VisibilityAsync(ct);
        var query = db.Customers.AsNoTracking().VisibleTo(visibility, c => c.OwnerId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            query = query.Where(c => c.Name.Contains(text) || c.Code.Contains(text));
        }
        if (keyOnly)
        {
            query = query.Where(c => c.MarkedKey || c.Grade == "A+" || c.Grade == "A");
        }
        return await query.OrderBy(c => c.Name).Take(Cap + 1).ToListAsync(ct);
    }

    public async Task<GoalCustomer> FindAsync(Guid id, CancellationToken ct)
    {
        EnsureManager(access);
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return customer is not null && await access.Records.CanSeeAsync(customer.OwnerId, ct) ? customer : throw new KeyNotFoundException();
    }

    /// <summary>The key-customer list is the managers' (a salesperson is refused: 403).</summary>
    public static void EnsureManager(GoalsAccess access)
    {
        if (!access.IsManager)
        {
            throw new UnauthorizedAccessException();
        }
    }
}
