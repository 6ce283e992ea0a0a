using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Settings;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Settings;

/// <summary>
/// Finance, Admin and the sales director set when an unanswered payment report escalates and to whom, when an untagged
/// overdue item escalates, and which milestone kinds need a bank receipt. Every change is in the operation log.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly SettingsQueries _queries;
    private readonly SettingsCommands _commands;
    private readonly IValidator<SettingsInput> _validator;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal IndexModel(
        SettingsQueries queries, SettingsCommands commands, IValidator<SettingsInput> validator, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    internal IReadOnlyList<OrgUser> People { get; private set; } = [];
    public string? Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_commands.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Input = await _queries.FormAsync(ct);
        People = await _queries.PeopleAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!_commands.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                await _commands.SaveAsync(Input, ct);
                return this.Done(_l["Settings_Saved"]);
            }
            catch (StaleEditException stale)
            {
                Stale = _l.Text(stale);
                Response.StatusCode = stale.StatusCode;
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(refusal.Key == "Settings_Error_Person" ? "Input.ReportEscalationUserName" : string.Empty, _l.Text(refusal));
            }
        }
        People = await _queries.PeopleAsync(ct);
        return Page();
    }
}
