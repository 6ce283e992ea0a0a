using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application.Config;

namespace SalesSuite.Stores.Areas.Stores.Pages.Config.Promotions;

/// <summary>Adds (no id) or changes a headquarters promotion. A refused form is shown again as posted (422, stale: 409).</summary>
public sealed class EditModel : PageModel
{
    private readonly PromotionQueries _queries;
    private readonly PromotionCommands _commands;
    private readonly IValidator<PromotionInput> _validator;
    private readonly BusinessClock _business;
    private readonly IStringLocalizer<StoresModule> _l;

    internal EditModel(
        PromotionQueries queries, PromotionCommands commands, IValidator<PromotionInput> validator, BusinessClock business,
        IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _business = business;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public PromotionInput Input { get; set; } = new();

    internal IReadOnlyList<string> Regions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            if (await _queries.FindAsync(id, ct) is not { } p)
            {
                return NotFound();
            }
            Input = new PromotionInput
            {
                Version = p.Version, Code = p.Code, Name = p.Name, Type = p.Type, StartsOn = p.StartsOn.Iso(), EndsOn = p.EndsOn.Iso(),
                Region = p.Region, Instructions = p.Instructions, PhotoRequired = p.PhotoRequired, Active = p.Active,
            };
        }
        else
        {
            var today = _business.Today;
            Input = new PromotionInput { StartsOn = today.Iso(), EndsOn = today.PlusDays(13).Iso() };
        }
        Regions = await _queries.RegionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                if (Id is { } id)
                {
                    await _commands.SaveAsync(id, Input, ct);
                }
                else
                {
                    await _commands.AddAsync(Input, ct);
                }
                TempData.Flash(_l["Config_PromotionSaved", Input.Code?.Trim() ?? string.Empty], "success");
                return RedirectToPage("Index");
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(FieldOf(refusal.Key), _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        Regions = await _queries.RegionsAsync(ct);
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private static string FieldOf(string key) => key switch
    {
        "Config_Error_PromotionTaken" or "Promotion_Error_Code" => "Input.Code",
        "Promotion_Error_Name" => "Input.Name",
        "Promotion_Error_Type" => "Input.Type",
        "Promotion_Error_Dates" or "Config_Error_EndsOn" => "Input.EndsOn",
        "Config_Error_StartsOn" => "Input.StartsOn",
        "Config_Error_Region" => "Input.Region",
        "Promotion_Error_Instructions" => "Input.Instructions",
        _ => string.Empty,
    };
}
