using System.Globalization;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.IntegrationEventHandlers;

/// <summary>Customer timeline: why an overdue receivable is late (the reason, its text, days overdue), linked to it in Collections.</summary>
internal sealed class OverdueReasonTaggedHandler(LeadsDbContext db, IClock clock)
    : IdempotentHandler<OverdueReasonTagged, LeadsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(OverdueReasonTagged e, CancellationToken ct)
    {
        var withText = !string.IsNullOrWhiteSpace(e.Text);
        Db.AddLinkedTimeline(await Db.LiveCustomerIdAsync(e.CustomerId, ct),
            withText ? "Timeline_OverdueReasonTaggedText" : "Timeline_OverdueReasonTagged", Links.CollectionsReceivable(e.ReceivableId),
            e.ActorUserId, e.OccurredAt, TimelineText.Argument(e.Reason), e.DaysOverdue.ToString(CultureInfo.InvariantCulture),
            withText ? TimelineText.Argument(e.Text!) : "");
    }
}
