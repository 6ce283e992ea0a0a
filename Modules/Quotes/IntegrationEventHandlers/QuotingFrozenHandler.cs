using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.IntegrationEventHandlers;

internal sealed class QuotingFrozenHandler(QuotesDbContext db, IClock clock) : IdempotentHandler<QuotingFrozen, QuotesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(QuotingFrozen e, CancellationToken ct)
    {
        if (await Db.Frozen.FirstOrDefaultAsync(f => f.UserId == e.UserId, ct) is { } frozen)
        {
            frozen.Reason = e.Reason;
            frozen.Since = e.OccurredAt;
            return;
        }
        Db.Frozen.Add(new FrozenSalesperson(e.UserId, e.Reason, e.OccurredAt));
    }
}
