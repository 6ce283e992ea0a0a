using System.Globalization;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.IntegrationEventHandlers;

/// <summary>Customer timeline: a contract exists (number, amount, number of payment milestones), linked to it in Collections.</summary>
internal sealed class ContractCreatedHandler(LeadsDbContext db, IClock clock) : IdempotentHandler<ContractCreated, LeadsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(ContractCreated e, CancellationToken ct)
    {
        var culture = CultureInfo.InvariantCulture;
        Db.AddLinkedTimeline(await Db.LiveCustomerIdAsync(e.CustomerId, ct), "Timeline_ContractCreated", Links.CollectionsContract(e.ContractId),
            e.ActorUserId, e.OccurredAt, e.Number, e.Amount.ToString("N2", culture), e.Currency, e.Schedule.Count.ToString(culture));
    }
}
