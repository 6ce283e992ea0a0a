using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages.Chain;

/// <summary>Approval chain steps (SLA, conditions) and the minimum margin; admin and sales director configure.</summary>
public sealed class IndexModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly QuoteAccess _access;
    private readonly QuoteSettingsStore _store;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal IndexModel(QuotesDbContext db, QuoteAccess access, QuoteSettingsStore store, IOperationContext operation, IStringLocalizer<QuotesModule> l)
    {
        _db = db;
        _access = access;
        _store = store;
        _operation = operation;
        _l = l;
    }

    internal List<ChainStepRule> Rules { get; private set; } = [];
    internal QuoteSettings Settings { get; private set; } = null!;
    internal bool CanConfigure => _access.CanConfigureChain;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await _store.ChainAsync(ct);
        Settings = await _store.SettingsAsync(ct);
    }

    public async Task<IActionResult> OnPostStepAsync(Guid stepId, int slaHours, int? urgentSlaHours, decimal? minAmount, decimal? minDiscountPercent,
        bool onlyBelowMinimumMargin, string? requiredTag, bool enabled, int version, CancellationToken ct)
    {
        if (!CanConfigure)
        {
            return Forbid();
        }
        var rule = await _db.ChainSteps.FirstOrDefaultAsync(r => r.Id == stepId, ct);
        if (rule is null)
        {
            return NotFound();
        }
        if (slaHours is < 1 or > 720 || urgentSlaHours is < 1 or > 720 || minAmount < 0 || minDiscountPercent is < 0 or > 100)
        {
            TempData.Flash(_l["Chain_Error_Values"], "danger");
            return RedirectToPage();
        }
        _db.Entry(rule).Property(r => r.Version).OriginalValue = version;
        rule.SlaHours = slaHours;
        rule.UrgentSlaHours = urgentSlaHours;
        rule.MinAmount = minAmount;
        rule.MinDiscountPercent = minDiscountPercent;
        rule.OnlyBelowMinimumMargin = onlyBelowMinimumMargin;
        rule.RequiredTag = string.IsNullOrWhiteSpace(requiredTag) ? null : requiredTag.Trim();
        rule.Enabled = enabled;
        return await SaveAsync("Chain.EditStep", ct);
    }

    public async Task<IActionResult> OnPostSettingsAsync(decimal minMarginPercent, int defaultValidityDays, CancellationToken ct)
    {
        if (!CanConfigure)
        {
            return Forbid();
        }
        if (minMarginPercent is < 0 or > 100 || defaultValidityDays is < 1 or > 365)
        {
            TempData.Flash(_l["Chain_Error_Values"], "danger");
            return RedirectToPage();
        }
        var settings = await _store.SettingsAsync(ct);
        settings.MinMarginPercent = minMarginPercent;
        settings.DefaultValidityDays = defaultValidityDays;
        return await SaveAsync("Chain.EditSettings", ct);
    }

    private async Task<IActionResult> SaveAsync(string operation, CancellationToken ct)
    {
        _operation.Begin(operation);
        try
        {
            await _db.SaveChangesAsync(ct);
            TempData.Flash(_l["Chain_Saved"], "success");
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Flash(_l["Common_StaleEdit"], "warning");
        }
        return RedirectToPage();
    }
}
