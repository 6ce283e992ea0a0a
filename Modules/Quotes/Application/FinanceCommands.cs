using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application;

/// <summary>Finance corrects costs of an approved quote as a new cost-locked minor version.</summary>
internal sealed class FinanceCommands(QuotesDbContext db, QuoteAccess access, QuoteNotifier notifier, IOperationContext operation, BusinessClock clock)
{
    public async Task RelockAsync(Guid quoteId, IReadOnlyList<decimal> costs, CancellationToken ct)
    {
        var quote = await db.LoadAsync(quoteId, ct) ?? throw new KeyNotFoundException();
        if (!access.IsInRole(Roles.Finance) || access.IsOwner(quote))
        {
            throw new UnauthorizedAccessException();
        }
        if (costs.Any(c => c < 0))
        {
            throw new DomainException("Details_Error_Cost");
        }
        var version = quote.RelockCosts(access.UserId, costs, clock.Now);
        operation.Begin("Quote.RelockCost");
        notifier.ToUser(quote.OwnerId, "Quote_Notify_Relocked", quote.Id, access.UserId, quote.Number, version.Label);
        await db.SaveChangesAsync(ct);
    }
}
