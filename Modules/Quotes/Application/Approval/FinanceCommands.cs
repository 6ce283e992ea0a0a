using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.Approval;

/// <summary>Finance corrects costs of an approved quote as a new cost-locked minor version.</summary>
internal sealed class FinanceCommands(
    QuotesDbContext db, RecordAccess access, Notifier<QuotesDbContext> notifier, UnitOfWork<QuotesDbContext> work, BusinessClock clock)
{
    /// <summary><paramref name="costs"/> are keyed by line id, so a reordered or changed version can never get the wrong cost.</summary>
    public async Task RelockAsync(Guid quoteId, IReadOnlyDictionary<Guid, decimal> costs, CancellationToken ct)
    {
        var quote = await db.LoadAsync(quoteId, ct) ?? throw new KeyNotFoundException();
        if (!access.IsInRole(Roles.Finance) || access.IsOwner(quote))
        {
            throw new UnauthorizedAccessException();
        }
        var version = quote.RelockCosts(access.UserId, costs, clock.Now);
        notifier.ToUser(quote.OwnerId, "Quote_Notify_Relocked", QuoteLinks.Details(quote.Id), access.UserId, quote.Number, version.Label);
        await work.CommitAsync("Quote.RelockCost", ct);
    }
}
