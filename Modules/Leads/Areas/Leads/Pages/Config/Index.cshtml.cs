using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Config;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Config;

/// <summary>
/// Director/Admin settings: claim window, claim limit, escalation hours, tag sets, intake API keys. Every change is in
/// the operation log.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly ConfigQueries _queries;
    private readonly ConfigCommands _commands;
    private readonly IValidator<SettingsInput> _validator;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(ConfigQueries queries, ConfigCommands commands, IValidator<SettingsInput> validator, IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    internal IReadOnlyList<TagOption> Tags { get; private set; } = [];
    internal IReadOnlyList<IntakeKey> Keys { get; private set; } = [];
    public string? NewKey { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = await _queries.SettingsAsync(ct);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                await _commands.SaveSettingsAsync(Input, ct);
                return this.Done(_l["Config_Saved"]);
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(string.Empty, _l.Text(refusal));
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddTagAsync(string? category, string? value, CancellationToken ct)
    {
        if (!Enum.TryParse<TagCategory>(category, out var tagCategory) || !Enum.IsDefined(tagCategory))
        {
            return BadRequest();
        }
        return await AnswerAsync(() => _commands.AddTagAsync(tagCategory, value, ct));
    }

    public Task<IActionResult> OnPostRemoveTagAsync(Guid id, CancellationToken ct) => AnswerAsync(() => _commands.RemoveTagAsync(id, ct));

    public async Task<IActionResult> OnPostNewKeyAsync(string? source, CancellationToken ct)
    {
        try
        {
            // Shown once on this response; only the hash is stored.
            NewKey = await _commands.IssueKeyAsync(source, ct);
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
        await OnGetAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) => AnswerAsync(() => _commands.RevokeKeyAsync(id, ct));

    /// <summary>A small change: back to the page (PRG), a refusal as a flash, 404 for a vanished row.</summary>
    private async Task<IActionResult> AnswerAsync(Func<Task> command)
    {
        try
        {
            await command();
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

    private async Task LoadAsync(CancellationToken ct)
    {
        Tags = await _queries.TagsAsync(ct);
        Keys = await _queries.KeysAsync(ct);
    }
}
