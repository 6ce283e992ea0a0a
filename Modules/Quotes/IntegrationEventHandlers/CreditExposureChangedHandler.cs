using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.IntegrationEventHandlers;

/// <summary>Keeps the newest exposure and limit per customer (by the time the change occurred) for the check at submission.</summary>
internal sealed class CreditExposureChangedHandler(QuotesDbContext db, IClock clock)
    : IdempotentHandler<CreditExposureChanged, QuotesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CreditExposureChanged e, CancellationToken ct)
    {
        if (await Db.CustomerCredits.FirstOrDefaultAsync(c => c.CustomerId == e.CustomerId, ct) is { } credit)
        {
            credit.Apply(e.Exposure, e.Limit, e.Currency, e.OccurredAt);
            return;
        }
        Db.CustomerCredits.Add(new CustomerCredit(e.CustomerId, e.Exposure, e.Limit, e.Currency, e.OccurredAt));
    }
}
