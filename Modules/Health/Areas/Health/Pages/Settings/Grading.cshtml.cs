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

/// <summary>The director (or admin) sets the grading weights (sum 100), interval, cut-offs and strategies. Others: 403.</summary>
public sealed class GradingModel : PageModel
{
    private readonly RuleSettingsQueries _queries;
    private readonly RuleSettingsCommands _commands;
    private readonly HealthAccess _access;
    private readonly IValidator<GradingSettingsInput> _validator;
    private readonly IStringLocalizer<HealthModule> _l;

    internal GradingModel(RuleSettingsQueries queries, RuleSettingsCommands commands, HealthAccess access, IValidator<GradingSettingsInput> validator,
        IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public GradingSettingsInput Input { get; set; } = new();

    public string? Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_access.CanConfigure)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Input = await _queries.GradingAsync(ct);
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
                await _commands.SaveGradingAsync(Input, ct);
                return this.Done(_l["Grade_Saved"]);
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
