using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.IntegrationEventHandlers;

/// <summary>Customer timeline: the customer opened a quote.</summary>
internal sealed class QuoteViewedHandler(LeadsDbContext db, IClock clock) : IdempotentHandler<QuoteViewed, LeadsDbContext>(db, clock)
{
    protected override Task ApplyAsync(QuoteViewed e, CancellationToken ct)
    {
        Db.AddTimeline(e.CustomerId, "Timeline_QuoteViewed", e.ActorUserId, e.ViewedAt, e.Version);
        return Task.CompletedTask;
    }
}
