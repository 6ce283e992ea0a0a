using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Application.Offer;

/// <summary>The director or Finance set the three instalment plans the quote page proposes (operation <c>Quote.InstalmentPlans</c>).</summary>
internal sealed class InstalmentPlanCommands(
    QuotesDbContext db, RecordAccess access, ModuleSettings<QuotesDbContext, InstalmentPlanSettings> settings, UnitOfWork<QuotesDbContext> work)
{
    /// <summary>Not director / Finance / admin → 403; a stale form → 409; a plan that breaks a rule → 422 (nothing saved).</summary>
    public async Task SaveAsync(InstalmentPlansInput input, CancellationToken ct)
    {
        if (!access.CanConfigurePlans())
        {
            throw new UnauthorizedAccessException();
        }
        var stored = await settings.ForChangeAsync(ct);
        StaleEditException.ThrowIfChanged(input.Version, stored.Version);
        db.Entry(stored).Property(s => s.Version).OriginalValue = input.Version;
        stored.Change(input.ToPlans());
        await work.CommitAsync("Quote.InstalmentPlans", ct);
    }
}
