using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Application.Evidence;
using SalesSuite.Goals.Data;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Goals.Application.Customers;

/// <summary>
/// A manager marks or unmarks a customer of their people as key. The key-customer standards' matches of that customer
/// are re-derived from its stored facts in the same transaction (past visits count or stop counting at once); open
/// contracts owing them are re-checked. A completed contract keeps its completion.
/// </summary>
internal sealed class CustomerCommands(GoalsDbContext db, UnitOfWork<GoalsDbContext> unitOfWork, GoalsAccess access, EvidenceService evidence)
{
    public async Task MarkKeyAsync(Guid customerId, bool key, CancellationToken ct)
    {
        CustomerQueries.EnsureManager(access);
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId, ct);
        if (customer is null || !await access.Records.CanSeeAsync(customer.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        if (customer.MarkedKey == key)
        {
            return;
        }
        customer.MarkKey(key);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await evidence.RematchCustomerAsync(customerId, ct);
        await unitOfWork.CommitAsync(key ? "GoalCustomer.MarkKey" : "GoalCustomer.UnmarkKey", ct);
        await tx.CommitAsync(ct);
    }
}
