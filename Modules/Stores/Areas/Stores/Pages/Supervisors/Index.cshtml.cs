using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages.Supervisors;

/// <summary>Per area supervisor: their stores' compliance and execution, and their own exceptions, flags and spot checks.</summary>
public sealed class IndexModel : PageModel
{
    private readonly SupervisorQueries _queries;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(SupervisorQueries queries, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public HqFilter Filter { get; set; } = new();

    internal SupervisorReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await _queries.ReportAsync(Filter, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var report = await _queries.ReportAsync(Filter, ct);
        return this.Csv("supervisors", report.View.Today, _l,
            ["Hq_Col_Supervisor", "Hq_Col_Stores", "Hq_Col_Compliance", "Hq_Col_Execution", "Hq_Col_ExceptionsGranted", "Hq_Col_Refusals",
                "Hq_Col_OpenFlags", "Hq_Col_AcknowledgedFlags", "Hq_Col_Verified"],
            report.Lines.Select(l => (IReadOnlyList<object?>)
            [
                l.Name, l.Stores, HqCsv.Rate(l.Compliance), HqCsv.Rate(l.Execution.Rate), l.ExceptionsGranted, l.Refusals, l.OpenFlags,
                l.AcknowledgedFlags, l.Verified,
            ]));
    }
}
