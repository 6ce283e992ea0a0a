using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Leads.Contracts;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.IntegrationEventHandlers;

/// <summary>
/// A manager handed one person's records to another. Contracts of handed-over deals (and their milestones) move to the
/// new owner, unless a newer hand-over of the deal was applied already (the deal's sequence, as in Quotes). Handed-over
/// customers change owner; their contracts still owned by the giver with money outstanding follow them, so nobody's
/// receivables are left with a person who left. Payment allocations keep the owner who earned them.
/// </summary>
internal sealed class OwnershipHandedOverHandler(CollectionsDbContext db, IClock clock)
    : IdempotentHandler<OwnershipHandedOver, CollectionsDbContext>(db, clock)
{
    public const string DealRecord = "Deal";
    public const string CustomerRecord = "Customer";

    protected override async Task ApplyAsync(OwnershipHandedOver e, CancellationToken ct)
    {
        var moved = new HashSet<Guid>();
        foreach (var transfer in e.Transfers.Where(t => t.RecordType == DealRecord && t.RecordIds.Count > 0))
        {
            var dealIds = transfer.RecordIds.ToList();
            var contracts = await Db.Contracts.Include(c => c.Milestones)
                .Where(c => c.DealId != null && dealIds.Contains(c.DealId.Value)).ToListAsync(ct);
            foreach (var contract in contracts)
            {
                moved.Add(contract.Id);
                contract.HandOverTo(transfer.ToUserId, transfer.SequenceOf(contract.DealId!.Value));
            }
        }
        foreach (var transfer in e.Transfers.Where(t => t.RecordType == CustomerRecord && t.RecordIds.Count > 0))
        {
            var customerIds = transfer.RecordIds.ToList();
            var accounts = await Db.Customers.Where(c => customerIds.Contains(c.CustomerId)).ToListAsync(ct);
            accounts.ForEach(a => a.HandOverTo(transfer.ToUserId));
            var contracts = await Db.Contracts.Include(c => c.Milestones)
                .Where(c => customerIds.Contains(c.CustomerId) && c.OwnerId == e.FromUserId).ToListAsync(ct);
            foreach (var contract in contracts.Where(c => !moved.Contains(c.Id) && HasOutstanding(c)))
            {
                contract.HandOverTo(transfer.ToUserId);
            }
        }
    }

    private static bool HasOutstanding(Contract contract) => contract.Milestones.Any(m => !m.IsPaid);
}
