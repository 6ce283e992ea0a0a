using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.IntegrationEventHandlers;

internal sealed class DealQuotingEligibilityChangedHandler(QuotesDbContext db, IClock clock)
    : IdempotentHandler<DealQuotingEligibilityChanged, QuotesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(DealQuotingEligibilityChanged e, CancellationToken ct)
    {
        if (await Db.Deals.FirstOrDefaultAsync(d => d.DealId == e.DealId, ct) is { } deal && deal.Accepts(e.Sequence))
        {
            deal.CanQuote = e.CanQuote;
            deal.Reason = e.Reason;
        }
    }
}
