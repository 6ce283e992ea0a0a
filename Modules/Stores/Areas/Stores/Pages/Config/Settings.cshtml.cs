using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application.Config;

namespace SalesSuite.Stores.Areas.Stores.Pages.Config;

/// <summary>Stores' settings: cluster threshold, same-question days, quality weight, duplicate similarity, daily upload quota.</summary>
public sealed class SettingsModel : PageModel
{
    private readonly SettingsQueries _queries;
    private readonly SettingsCommands _commands;
    private readonly IValidator<SettingsInput> _validator;
    private readonly IStringLocalizer<StoresModule> _l;

    internal SettingsModel(SettingsQueries queries, SettingsCommands commands, IValidator<SettingsInput> validator, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Input = await _queries.FormAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                await _commands.SaveAsync(Input, ct);
                return this.Done(_l["Config_SettingsSaved"]);
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(string.Empty, _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
