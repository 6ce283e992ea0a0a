using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application.Config;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Areas.Stores.Pages.Config.Promotions;

/// <summary>Headquarters' promotions: filter by status (active / inactive / running today), type and region; CSV.</summary>
public sealed class IndexModel : PageModel
{
    private readonly PromotionQueries _queries;
    private readonly BusinessClock _business;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(PromotionQueries queries, BusinessClock business, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _business = business;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    internal IReadOnlyList<Promotion> Rows { get; private set; } = [];
    internal IReadOnlyList<string> Regions { get; private set; } = [];
    internal NodaTime.LocalDate Today => _business.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await _queries.ListAsync(Filter, ct);
        Regions = await _queries.RegionsAsync(ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await _queries.ListAsync(Filter, ct);
        return this.Csv("promotions", _business.Today, _l,
            ["Config_Code", "Config_Name", "Config_Type", "Config_StartsOn", "Config_EndsOn", "Config_Region", "Config_PhotoRequired",
             "Config_Active", "Config_Instructions"],
            rows.Select(p => (IReadOnlyList<object?>)
            [
                p.Code, p.Name, _l["PromotionType_" + p.Type].Value, p.StartsOn.Iso(), p.EndsOn.Iso(), p.Region ?? _l["Config_AllStores"].Value,
                _l[p.PhotoRequired ? "Config_Yes" : "Config_No"].Value, _l[p.Active ? "Config_Yes" : "Config_No"].Value, p.Instructions,
            ]));
    }

    private PromotionFilter Filter => new() { Status = Status, Type = Type, Region = Region };
}
