using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application.Config;

namespace SalesSuite.Stores.Areas.Stores.Pages.Config.Products;

/// <summary>Adds (no id) or changes a new SKU. A refused form is shown again as posted (422, stale: 409).</summary>
public sealed class EditModel : PageModel
{
    private readonly ProductQueries _queries;
    private readonly ProductCommands _commands;
    private readonly IValidator<ProductInput> _validator;
    private readonly BusinessClock _business;
    private readonly IStringLocalizer<StoresModule> _l;

    internal EditModel(
        ProductQueries queries, ProductCommands commands, IValidator<ProductInput> validator, BusinessClock business,
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
    public ProductInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            if (await _queries.FindAsync(id, ct) is not { } p)
            {
                return NotFound();
            }
            Input = new ProductInput { Version = p.Version, Sku = p.Sku, Name = p.Name, LaunchOn = p.LaunchOn.Iso(), Active = p.Active };
        }
        else
        {
            Input = new ProductInput { LaunchOn = _business.Today.Iso() };
        }
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
                TempData.Flash(_l["Config_ProductSaved", Input.Sku?.Trim() ?? string.Empty], "success");
                return RedirectToPage("Index");
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (DomainException refusal)
            {
                var field = refusal.Key switch
                {
                    "Config_Error_SkuTaken" or "Product_Error_Sku" => "Input.Sku",
                    "Product_Error_Name" => "Input.Name",
                    "Config_Error_LaunchOn" => "Input.LaunchOn",
                    _ => string.Empty,
                };
                ModelState.AddModelError(field, _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
