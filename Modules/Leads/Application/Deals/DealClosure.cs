using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Money;

namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// Closing a deal, written once: the aggregate closes it, <c>DealClosedWon</c> / <c>DealClosedLost</c> is published and
/// the customer timeline says so. Used by a person closing the deal and by the closed loop from Collections.
/// </summary>
internal static class DealClosure
{
    public static void Close(LeadsDbContext db, Deal deal, bool won, string? reason, Guid? actor, Instant now)
    {
        deal.Close(won, reason, now);
        var cycle = now - deal.OpenedAt;
        var why = reason?.Trim() ?? "";
        db.Publish(won
            ? new DealClosedWon(
                EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, DealId: deal.Id, CustomerId: deal.CustomerId,
                OwnerId: deal.OwnerId, Amount: deal.ExpectedAmount, Currency: Money.DefaultCurrency, CycleTime: cycle,
                Sequence: deal.Version + 1)
            : new DealClosedLost(
                EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, DealId: deal.Id, CustomerId: deal.CustomerId,
                OwnerId: deal.OwnerId, Reason: why, CycleTime: cycle, Sequence: deal.Version + 1));
        db.AddTimeline(deal.CustomerId, won ? "Timeline_DealWon" : "Timeline_DealLost", actor, now, deal.Title, why);
    }
}
