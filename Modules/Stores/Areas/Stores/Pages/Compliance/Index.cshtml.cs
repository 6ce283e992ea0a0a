using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages.Compliance;

/// <summary>Report compliance per store (sortable): days reported of the expected days, fence or exception, refusals, dwell.</summary>
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

    public async Task OnGetAsync(CancellationToken ct) => Report = await _queries.ReportAsync(Filter, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var report = await _queries.ReportAsync(Filter, ct);
        return this.Csv("report-compliance", report.View.Today, _l,
            ["Hq_Col_Code", "Hq_Col_Store", "Hq_Col_Region", "Hq_Col_Reported", "Hq_Col_Expected", "Hq_Col_Rate", "Hq_Col_InFence",
                "Hq_Col_Exceptions", "Hq_Col_Refusals", "Hq_Col_Dwell", "Hq_Col_LastReport"],
            report.Rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Store.Code, r.Store.Name, r.Store.Region, r.Reported, r.Expected, HqCsv.Rate(r.Rate), r.InFence, r.Exceptions, r.Refusals,
                r.AverageDwell, r.LastReport is { } d ? HqLinks.Date(d) : null,
            ]));
    }
}
