using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.Offer;

/// <summary>The salesperson takes one of the three configured instalment plans as the draft's payment schedule.</summary>
internal sealed class InstalmentCommands(
    QuotesDbContext db, RecordAccess access, UnitOfWork<QuotesDbContext> work, BusinessClock clock,
    ModuleSettings<QuotesDbContext, InstalmentPlanSettings> plans)
{
    /// <param name="version">The quote's row version the page showed: a changed quote is stale (409), nothing is chosen.</param>
    public async Task ChooseAsync(Guid quoteId, InstalmentPlanKind kind, int version, CancellationToken ct)
    {
        var quote = await db.LoadAsync(quoteId, ct) ?? throw new KeyNotFoundException();
        if (!access.IsOwner(quote))
        {
            throw new UnauthorizedAccessException();
        }
        StaleEditException.ThrowIfChanged(version, quote.Version);
        quote.ChooseInstalmentPlan((await plans.ReadAsync(ct)).Of(kind), clock.Now);
        await work.CommitAsync("Quote.ChoosePlan", ct);
    }
}
