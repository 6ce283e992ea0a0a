using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.IntegrationEventHandlers;

internal sealed class QuotingUnfrozenHandler(QuotesDbContext db, IClock clock) : IdempotentHandler<QuotingUnfrozen, QuotesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(QuotingUnfrozen e, CancellationToken ct)
    {
        if (await Db.Frozen.FirstOrDefaultAsync(f => f.UserId == e.UserId, ct) is { } frozen)
        {
            Db.Frozen.Remove(frozen);
        }
    }
}
