using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages.Rollout;

/// <summary>New-product roll-out progress per SKU, and per store for a chosen SKU.</summary>
public sealed class IndexModel : PageModel
{
    private readonly RolloutQueries _queries;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(RolloutQueries queries, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public HqFilter Filter { get; set; } = new();

    internal RolloutReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await _queries.ReportAsync(Filter, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var report = await _queries.ReportAsync(Filter, ct);
        if (report.Chosen is { } chosen)
        {
            return this.Csv("rollout-" + chosen.Sku, report.View.Today, _l,
                ["Hq_Col_Code", "Hq_Col_Store", "Hq_Col_Region", "Hq_Col_FirstOnShelf", "Hq_Col_Arrived", "Hq_Col_LastStatus", "Hq_Col_Verified",
                    "Hq_Col_Wrong"],
                report.Stores.Select(s => (IReadOnlyList<object?>)
                [
                    s.Store.Code, s.Store.Name, s.Store.Region, s.FirstOnShelf is { } d ? HqLinks.Date(d) : null,
                    _l[s.Arrived ? "Hq_Yes" : "Hq_No"].Value, s.LastStatus is { } st ? _l["Rollout_" + st].Value : null, s.Verified, s.Wrong,
                ]));
        }
        return this.Csv("rollout", report.View.Today, _l,
            ["Hq_Col_Sku", "Hq_Col_Name", "Hq_Col_LaunchOn", "Hq_Col_OnShelf", "Hq_Col_InScope", "Hq_Col_Progress", "Hq_Col_NotArrived",
                "Hq_Col_Verified", "Hq_Col_Wrong", "Hq_Col_ErrorRate"],
            report.Products.Select(l => (IReadOnlyList<object?>)
                [l.Sku, l.Name, HqLinks.Date(l.LaunchOn), l.OnShelf, l.InScope, HqCsv.Rate(l.Progress), l.NotArrived, l.Verified, l.Wrong,
                    HqCsv.Rate(l.ErrorRate)]));
    }
}
