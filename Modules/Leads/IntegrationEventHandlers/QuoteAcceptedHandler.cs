using System.Globalization;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.IntegrationEventHandlers;

/// <summary>Customer timeline: a quote was accepted.</summary>
internal sealed class QuoteAcceptedHandler(LeadsDbContext db, IClock clock) : IdempotentHandler<QuoteAccepted, LeadsDbContext>(db, clock)
{
    protected override Task ApplyAsync(QuoteAccepted e, CancellationToken ct)
    {
        Db.AddTimeline(e.CustomerId, "Timeline_QuoteAccepted", e.ActorUserId, e.OccurredAt, e.Version,
            e.Amount.ToString("N2", CultureInfo.InvariantCulture), e.Currency);
        return Task.CompletedTask;
    }
}
