using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages.Map;

/// <summary>The regional view: the stores by their coordinates as server-side SVG, coloured by report compliance.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ComplianceQueries _queries;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(ComplianceQueries queries, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public HqFilter Filter { get; set; } = new();

    internal ComplianceReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await _queries.ReportAsync(Filter with { Sort = "region" }, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var report = await _queries.ReportAsync(Filter with { Sort = "region" }, ct);
        return this.Csv("store-map", report.View.Today, _l,
            ["Hq_Col_Code", "Hq_Col_Store", "Hq_Col_Region", "Hq_Col_Latitude", "Hq_Col_Longitude", "Hq_Col_Rate"],
            report.Rows.Select(r => (IReadOnlyList<object?>)
                [r.Store.Code, r.Store.Name, r.Store.Region, r.Store.Latitude, r.Store.Longitude, HqCsv.Rate(r.Rate)]));
    }

    internal IReadOnlyList<(string Css, string Label)> Legend() =>
    [
        ("rag-green", _l["Hq_Map_Green"].Value), ("rag-amber", _l["Hq_Map_Amber"].Value), ("rag-red", _l["Hq_Map_Red"].Value),
        ("rag-none", _l["Hq_Map_None"].Value),
    ];
}
