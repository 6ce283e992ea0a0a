using System.Globalization;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.IntegrationEventHandlers;

/// <summary>Customer timeline: a payment milestone is paid (name, amount, days late), linked to it in Collections.</summary>
internal sealed class MilestonePaidHandler(LeadsDbContext db, IClock clock) : IdempotentHandler<MilestonePaid, LeadsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(MilestonePaid e, CancellationToken ct)
    {
        var culture = CultureInfo.InvariantCulture;
        Db.AddLinkedTimeline(await Db.LiveCustomerIdAsync(e.CustomerId, ct),
            e.DaysLate > 0 ? "Timeline_MilestonePaidLate" : "Timeline_MilestonePaid", Links.CollectionsReceivable(e.MilestoneId),
            e.ActorUserId, e.OccurredAt, TimelineText.Argument(e.Name), e.Amount.ToString("N2", culture), e.Currency,
            e.DaysLate.ToString(culture));
    }
}
