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

    /// <summary>Adds a step for a role at the end of the chain (operation <c>Chain.AddStep</c>); stale chain: 409.</summary>
    public async Task<Guid> AddStepAsync(ChainAddStepInput input, CancellationToken ct)
    {
        var chain = await EditableChainAsync(input.Stamp, ct);
        var rule = chain.Add(Guid.NewGuid(), input.Role ?? string.Empty, input.SlaHours, input.UrgentSlaHours);
        db.ChainSteps.Add(rule);
        await work.CommitAsync("Chain.AddStep", ct);
        return rule.Id;
    }

    /// <summary>Removes a step (operation <c>Chain.RemoveStep</c>). Quotes already in approval keep their planned steps.</summary>
    public async Task RemoveStepAsync(Guid stepId, string? stamp, CancellationToken ct)
    {
        var chain = await EditableChainAsync(stamp, ct);
        db.ChainSteps.Remove(chain.Remove(stepId));
        await work.CommitAsync("Chain.RemoveStep", ct);
    }

    /// <summary>Moves a step one place up or down (operation <c>Chain.MoveStep</c>).</summary>
    public async Task MoveStepAsync(Guid stepId, bool up, string? stamp, CancellationToken ct)
    {
        var chain = await EditableChainAsync(stamp, ct);
        chain.Move(stepId, up);
        await work.CommitAsync("Chain.MoveStep", ct);
    }

    public async Task EditSettingsAsync(ChainSettingsInput input, CancellationToken ct)
    {
        Authorize();
        var stored = await settings.ForChangeAsync(ct);
        stored.MinMarginPercent = input.MinMarginPercent;
        stored.DefaultValidityDays = input.DefaultValidityDays;
        stored.CreditCheckAddsFinanceStep = input.CreditCheckAddsFinanceStep ?? stored.CreditCheckAddsFinanceStep;
        stored.EscalationSecondLevelHours = input.EscalationSecondLevelHours ?? stored.EscalationSecondLevelHours;
        stored.EscalationSecondLevelRole = input.EscalationSecondLevelRole ?? stored.EscalationSecondLevelRole;
        await work.CommitAsync("Chain.EditSettings", ct);
    }

    /// <summary>The stored chain (the defaults are stored with the first change), refused as stale when it is not the one shown.</summary>
    private async Task<ApprovalChain> EditableChainAsync(string? stamp, CancellationToken ct)
    {
        Authorize();
        var rules = await db.ChainSteps.ToListAsync(ct);
        var chain = new ApprovalChain(rules.Count > 0 ? rules : [.. DefaultChain.Create()]);
        chain.ThrowIfStale(stamp);
        if (rules.Count == 0)
        {
            db.ChainSteps.AddRange(chain.Steps);
        }
        return chain;
    }

    private void Authorize()
    {
        if (!access.CanConfigureChain())
        {
            throw new UnauthorizedAccessException();
        }
    }
}
