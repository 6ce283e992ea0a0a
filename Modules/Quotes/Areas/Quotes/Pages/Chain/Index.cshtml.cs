using FluentValidation;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Application.Chain;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages.Chain;

/// <summary>Approval chain steps (SLA, conditions) and the minimum margin; admin and sales director configure.</summary>
public sealed class IndexModel : PageModel
{
    private readonly RecordAccess _access;
    private readonly ChainCommands _commands;
    private readonly ApprovalChainQueries _chain;
    private readonly ModuleSettings<QuotesDbContext, QuoteSettings> _settings;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal IndexModel(RecordAccess access, ChainCommands commands, ApprovalChainQueries chain,
        ModuleSettings<QuotesDbContext, QuoteSettings> settings, IStringLocalizer<QuotesModule> l)
    {
        _access = access;
        _commands = commands;
        _chain = chain;
        _settings = settings;
        _l = l;
    }

    internal IReadOnlyList<ChainStepRule> Rules { get; private set; } = [];
    internal QuoteSettings Settings { get; private set; } = null!;
    internal bool CanConfigure => _access.CanConfigureChain();
    internal string Stamp => ApprovalChain.Of(Rules);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await _chain.ChainAsync(ct);
        Settings = await _settings.ReadAsync(ct);
    }

    public Task<IActionResult> OnPostStepAsync(ChainStepInput input, [FromServices] IValidator<ChainStepInput> validator, CancellationToken ct) =>
        SaveAsync(ModelState.Validate(validator, input, _l, prefix: string.Empty), () => _commands.EditStepAsync(input, ct));

    public Task<IActionResult> OnPostSettingsAsync(
        ChainSettingsInput input, [FromServices] IValidator<ChainSettingsInput> validator, CancellationToken ct) =>
        SaveAsync(ModelState.Validate(validator, input, _l, prefix: string.Empty), () => _commands.EditSettingsAsync(input, ct));

    public Task<IActionResult> OnPostAddStepAsync(
        ChainAddStepInput input, [FromServices] IValidator<ChainAddStepInput> validator, CancellationToken ct) =>
        SaveAsync(ModelState.Validate(validator, input, _l, prefix: string.Empty), () => _commands.AddStepAsync(input, ct));

    public Task<IActionResult> OnPostRemoveStepAsync(Guid stepId, string? stamp, CancellationToken ct) =>
        SaveAsync(true, () => _commands.RemoveStepAsync(stepId, stamp, ct));

    public Task<IActionResult> OnPostMoveStepAsync(Guid stepId, bool up, string? stamp, CancellationToken ct) =>
        SaveAsync(true, () => _commands.MoveStepAsync(stepId, up, stamp, ct));

    private async Task<IActionResult> SaveAsync(bool valid, Func<Task> command)
    {
        if (!CanConfigure)
        {
            return Forbid();
        }
        if (!valid)
        {
            return this.Refused(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
        }
        try
        {
            await command();
            return this.Done(_l["Chain_Saved"]);
        }
        catch (StaleEditException stale) when (!Request.IsHtmx())
        {
            // Nothing was saved; the page shows the stored step again.
            TempData.Flash(_l.Text(stale), "warning");
            return RedirectToPage();
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }
}
