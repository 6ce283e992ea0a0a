using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages.Reports;

/// <summary>The daily reports behind every headquarters number, filtered and paged (50), with a CSV of the same filters.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ReportQueries _queries;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(ReportQueries queries, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public ReportFilter Filter { get; set; } = new();

    internal ReportList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => List = await _queries.ListAsync(Filter, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var (view, rows, truncated) = await _queries.ExportAsync(Filter, ct);
        var stores = view.Stores.ToDictionary(s => s.Id);
        return this.Csv("store-reports", view.Today, _l,
            ["Hq_Col_Day", "Hq_Col_Code", "Hq_Col_Store", "Hq_Col_Region", "Hq_Col_Manager", "Hq_Col_ComplianceKind", "Hq_Col_Dwell",
                "Hq_Col_Feedback", "Hq_Col_Files", "Hq_Col_Executed", "Hq_Col_Promotions"],
            rows.Select(r => (IReadOnlyList<object?>)
            [
                HqLinks.Date(r.Day), stores.GetValueOrDefault(r.StoreId)?.Code, stores.GetValueOrDefault(r.StoreId)?.Name,
                stores.GetValueOrDefault(r.StoreId)?.Region, view.Name(r.UserId), _l["Compliance_" + r.Compliance].Value, r.DwellMinutes,
                r.Feedback, r.Files, r.Executed, r.Promotions,
            ]),
            truncated);
    }
}
