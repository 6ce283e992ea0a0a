using System.Globalization;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.IntegrationEventHandlers;

/// <summary>
/// Customer timeline: money arrived. One line per contract it was applied to (bank reference and amount, linked to the
/// contract); money not applied to any milestone yet is one line without a link.
/// </summary>
internal sealed class PaymentRecordedHandler(LeadsDbContext db, IClock clock) : IdempotentHandler<PaymentRecorded, LeadsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(PaymentRecorded e, CancellationToken ct)
    {
        var culture = CultureInfo.InvariantCulture;
        var customerId = await Db.LiveCustomerIdAsync(e.CustomerId, ct);
        var reference = TimelineText.Argument(e.BankReference);
        if (e.Allocations.Count == 0)
        {
            Db.AddTimeline(customerId, "Timeline_PaymentUnallocated", e.ActorUserId, e.OccurredAt,
                reference, e.Amount.ToString("N2", culture), e.Currency);
            return;
        }
        foreach (var contract in e.Allocations.GroupBy(a => a.ContractId))
        {
            Db.AddLinkedTimeline(customerId, "Timeline_PaymentRecorded", Links.CollectionsContract(contract.Key), e.ActorUserId, e.OccurredAt,
                reference, contract.Sum(a => a.Amount).ToString("N2", culture), e.Currency);
        }
    }
}
