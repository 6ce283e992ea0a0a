using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application;
using SalesSuite.Goals.Application.Settings;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Config;

/// <summary>
/// Admin and the sales director (ConfigPolicy) set the reward pool's share and top %, the missed-action days, the
/// action-vs-result thresholds and the weekly-plan template. "Add a line" re-renders the form with one more row and saves
/// nothing; a row is removed by ticking it (or leaving its action type empty).
/// </summary>
public sealed class SettingsModel : PageModel
{
    private readonly GoalsSettingsQueries _queries;
    private readonly GoalsSettingsCommands _commands;
    private readonly GoalsAccess _access;
    private readonly IValidator<GoalsSettingsInput> _validator;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal SettingsModel(GoalsSettingsQueries queries, GoalsSettingsCommands commands, GoalsAccess access,
        IValidator<GoalsSettingsInput> validator, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public GoalsSettingsInput Input { get; set; } = new();

    internal IReadOnlyList<KeyActionType> ActionTypes { get; private set; } = [];
    public string? Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        _access.EnsureCanConfigure();
        Input = await _queries.FormAsync(ct);
        Input.Template.Add(new TemplateLineInput());
        ActionTypes = await _queries.ActionTypesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddLineAsync(CancellationToken ct)
    {
        _access.EnsureCanConfigure();
        Input.Template.Add(new TemplateLineInput());
        ActionTypes = await _queries.ActionTypesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        _access.EnsureCanConfigure();
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
                ModelState.AddModelError(FieldOf(refusal.Key), _l.Text(refusal));
            }
        }
        ActionTypes = await _queries.ActionTypesAsync(ct);
        return Page();
    }

    internal static string ActionName(KeyActionType type) =>
        CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? type.NameZh : type.NameEn;

    private static string FieldOf(string key) => key switch
    {
        "Settings_Error_Share" => "Input.RewardSharePercent",
        "Settings_Error_Top" => "Input.RewardTopPercent",
        "Settings_Error_MissedDays" => "Input.MissedDays",
        _ => string.Empty,
    };
}
