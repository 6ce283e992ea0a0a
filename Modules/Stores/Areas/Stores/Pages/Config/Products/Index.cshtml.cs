using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application.Config;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Areas.Stores.Pages.Config.Products;

/// <summary>The new SKUs being rolled out (optionally only the active ones); CSV.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ProductQueries _queries;
    private readonly BusinessClock _business;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(ProductQueries queries, BusinessClock business, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _business = business;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public bool ActiveOnly { get; set; }

    internal IReadOnlyList<NewProduct> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await _queries.ListAsync(ActiveOnly, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await _queries.ListAsync(ActiveOnly, ct);
        return this.Csv("new-products", _business.Today, _l, ["Config_Sku", "Config_Name", "Config_LaunchOn", "Config_Active"],
            rows.Select(p => (IReadOnlyList<object?>)[p.Sku, p.Name, p.LaunchOn.Iso(), _l[p.Active ? "Config_Yes" : "Config_No"].Value]));
    }
}
