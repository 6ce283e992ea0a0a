using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Application.Chain;

/// <summary>The director (or admin) configures the approval chain and the module settings.</summary>
internal sealed class ChainCommands(
    QuotesDbContext db, RecordAccess access, ModuleSettings<QuotesDbContext, QuoteSettings> settings, UnitOfWork<QuotesDbContext> work)
{
    public async Task EditStepAsync(ChainStepInput input, CancellationToken ct)
    {
        Authorize();
        var rules = await db.ChainSteps.ToListAsync(ct);
        if (rules.Count == 0)
        {
            // Nobody saved the chain yet: the defaults the director was looking at are stored with this first change.
            rules = [.. DefaultChain.Create()];
            db.ChainSteps.AddRange(rules);
        }
        var rule = rules.FirstOrDefault(r => r.Id == input.StepId) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(input.Version, rule.Version);
        rule.Configure(input.SlaHours, input.UrgentSlaHours, input.MinAmount, input.MinDiscountPercent,
            input.OnlyBelowMinimumMargin, input.RequiredTag, input.Enabled);
        await work.CommitAsync("Chain.EditStep", ct);
    }

    public async Task EditSettingsAsync(ChainSettingsInput input, CancellationToken ct)
    {
        Authorize();
        var stored = await settings.ForChangeAsync(ct);
        stored.MinMarginPercent = input.MinMarginPercent;
        stored.DefaultValidityDays = input.DefaultValidityDays;
        stored.CreditCheckAddsFinanceStep = input.CreditCheckAddsFinanceStep ?? stored.CreditCheckAddsFinanceStep;
        await work.CommitAsync("Chain.EditSettings", ct);
    }

    private void Authorize()
    {
        if (!access.CanConfigureChain())
        {
            throw new UnauthorizedAccessException();
        }
    }
}
