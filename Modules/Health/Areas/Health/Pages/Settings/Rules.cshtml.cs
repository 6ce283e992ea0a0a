using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application;
using SalesSuite.Health.Application.RuleSettings;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Health.Areas.Health.Pages.Settings;

/// <summary>The director (or admin) switches the automatic rules on / off and sets their thresholds. Others: 403.</summary>
public sealed class RulesModel : PageModel
{
    private readonly RuleSettingsQueries _queries;
    private readonly RuleSettingsCommands _commands;
    private readonly HealthAccess _access;
    private readonly IValidator<RuleSettingsInput> _validator;
    private readonly IStringLocalizer<HealthModule> _l;

    internal RulesModel(RuleSettingsQueries queries, RuleSettingsCommands commands, HealthAccess access, IValidator<RuleSettingsInput> validator,
        IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public RuleSettingsInput Input { get; set; } = new();

    public string? Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_access.CanConfigure)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Input = await _queries.RulesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!_access.CanConfigure)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                await _commands.SaveRulesAsync(Input, ct);
                return this.Done(_l["Rule_Saved"]);
            }
            catch (StaleEditException stale)
            {
                Stale = _l.Text(stale);
                Response.StatusCode = stale.StatusCode;
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(string.Empty, _l.Text(refusal));
            }
        }
        return Page();
    }
}
