using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.IntegrationEventHandlers;

/// <summary>
/// Every milestone of a contract is paid (成交闭环): the deal is marked closed-loop once and, if still open, won the
/// same way a person closes it (<c>DealClosedWon</c>); the customer timeline shows the collected amount.
/// </summary>
internal sealed class DealClosedLoopHandler(LeadsDbContext db, IClock clock) : IdempotentHandler<DealClosedLoop, LeadsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(DealClosedLoop e, CancellationToken ct)
    {
        if (e.DealId is { } dealId && await Db.Deals.FirstOrDefaultAsync(d => d.Id == dealId, ct) is { } deal
            && deal.MarkClosedLoop(e.OccurredAt) && deal.Status == DealStatus.Open)
        {
            DealClosure.Close(Db, deal, won: true, reason: null, e.ActorUserId, e.OccurredAt);
        }
        Db.AddLinkedTimeline(await Db.LiveCustomerIdAsync(e.CustomerId, ct), "Timeline_DealClosedLoop", Links.CollectionsContract(e.ContractId),
            e.ActorUserId, e.OccurredAt, e.ContractNumber, e.CollectedAmount.ToString("N2", CultureInfo.InvariantCulture), e.Currency);
    }
}
