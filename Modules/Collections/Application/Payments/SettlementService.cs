using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>
/// After money was allocated or a receipt attached: every milestone whose preconditions are now met turns paid
/// (<c>MilestonePaid</c>), and a contract whose milestones are all paid closes the loop (<c>DealClosedLoop</c>, once).
/// Called by the commands inside their unit of work; it only changes tracked entities and queues events.
/// </summary>
internal sealed class SettlementService(
    CollectionsDbContext db, ModuleSettings<CollectionsDbContext, CollectionsSettings> settings, IClock clock)
{
    public async Task SettleAsync(IReadOnlyCollection<Receivable> touched, Guid financeUserId, LocalDate paidOn, CancellationToken ct)
    {
        if (touched.Count == 0)
        {
            return;
        }
        var rules = await settings.ReadAsync(ct);
        var now = clock.GetCurrentInstant();
        foreach (var receivable in touched)
        {
            if (receivable.Settle(rules.RequiresReceipt(receivable.MilestoneType), financeUserId, paidOn, now))
            {
                db.Publish(new MilestonePaid(
                    EventId: Guid.NewGuid(),
                    OccurredAt: now,
                    ActorUserId: financeUserId,
                    ContractId: receivable.ContractId,
                    MilestoneId: receivable.Id,
                    DealId: receivable.DealId,
                    CustomerId: receivable.CustomerId,
                    OwnerId: receivable.OwnerId,
                    Name: receivable.Title,
                    Amount: receivable.Amount,
                    Currency: receivable.Currency,
                    PaidOn: receivable.PaidOn ?? paidOn,
                    DaysLate: receivable.DueDate is { } due && receivable.PaidOn is { } on && on > due
                        ? Period.Between(due, on, PeriodUnits.Days).Days : 0));
            }
        }
        var contractIds = touched.Select(r => r.ContractId).Distinct().ToList();
        var contracts = await db.Contracts.Include(c => c.Milestones).Where(c => contractIds.Contains(c.Id)).ToListAsync(ct);
        foreach (var contract in contracts.Where(c => c.TryCloseLoop(now)))
        {
            db.Publish(new DealClosedLoop(
                EventId: Guid.NewGuid(),
                OccurredAt: now,
                ActorUserId: financeUserId,
                ContractId: contract.Id,
                ContractNumber: contract.Number,
                DealId: contract.DealId,
                CustomerId: contract.CustomerId,
                OwnerId: contract.OwnerId,
                CollectedAmount: contract.Collected,
                Currency: contract.Currency));
        }
    }
}
