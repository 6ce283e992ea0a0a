using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages.Execution;

/// <summary>Promotion execution rate by store, region, promotion type and promotion (due store-days, not reported apart).</summary>
public sealed class IndexModel : PageModel
{
    private readonly ExecutionQueries _queries;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(ExecutionQueries queries, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public HqFilter Filter { get; set; } = new();

    internal ExecutionReport Report { get; private set; } = null!;

    internal IReadOnlyList<ExecutionLine> Stores { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Report = await _queries.ReportAsync(Filter, ct);
        Stores = Sort(Report.Stores, Filter.Sort, Filter.Desc);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var report = await _queries.ReportAsync(Filter, ct);
        var groups = new[] { ("Hq_Execution_ByStore", report.Stores), ("Hq_Execution_ByRegion", report.Regions) }
            .Concat([("Hq_Execution_ByType", report.Types.Select(t => t with { Label = _l["PromotionType_" + t.Key].Value }).ToList())])
            .Concat([("Hq_Execution_ByPromotion", report.Promotions)]);
        return this.Csv("promotion-execution", report.View.Today, _l,
            ["Hq_Col_Group", "Hq_Col_Name", "Hq_Col_Due", "Hq_Col_Executed", "Hq_Col_NotExecuted", "Hq_Col_NotReported", "Hq_Col_Rate"],
            groups.SelectMany(g => g.Item2.Select(l => (IReadOnlyList<object?>)
                [_l[g.Item1].Value, l.Label, l.Due, l.Executed, l.NotExecuted, l.NotReported, HqCsv.Rate(l.Rate)])));
    }

    internal static IReadOnlyList<ExecutionLine> Sort(IEnumerable<ExecutionLine> lines, string? sort, bool desc)
    {
        IOrderedEnumerable<ExecutionLine> Order<TKey>(Func<ExecutionLine, TKey> key) => desc ? lines.OrderByDescending(key) : lines.OrderBy(key);
        return (sort switch
        {
            "rate" => Order(l => l.Rate ?? -1m),
            "due" => Order(l => l.Due),
            "executed" => Order(l => l.Executed),
            "notexecuted" => Order(l => l.NotExecuted),
            "notreported" => Order(l => l.NotReported),
            _ => Order(l => l.Label),
        }).ThenBy(l => l.Label, StringComparer.Ordinal).ToList();
    }
}
