using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages.Execution;

/// <summary>
/// Promotion execution rate by store, region, promotion type and promotion (due store-days, not reported apart). The
/// tables by store and by promotion show <see cref="PageSize"/> lines and "show more" fetches the next ones over htmx
/// (<see cref="OnGetRowsAsync"/>): the same cached report, so the same scope and filters as the page.
/// </summary>
public sealed class IndexModel : PageModel
{
    public const int PageSize = 30;
    internal const string StoreKind = "store";
    internal const string PromotionKind = "promotion";
    private const string Self = "/Execution/Index";

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

    internal ExecutionTable Stores { get; private set; } = null!;

    internal ExecutionTable Promotions { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Report = await _queries.ReportAsync(Filter, ct);
        Stores = Table(StoreKind, 0);
        Promotions = Table(PromotionKind, 0);
    }

    /// <summary>The next lines of the table by store or by promotion (htmx "show more").</summary>
    public async Task<IActionResult> OnGetRowsAsync(string? kind, int skip, CancellationToken ct)
    {
        if (kind is not (StoreKind or PromotionKind))
        {
            return NotFound();
        }
        Report = await _queries.ReportAsync(Filter, ct);
        return Partial("_Rows", Table(kind, Math.Max(0, skip)));
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

    /// <summary>One page of a table: stores in the sort asked, promotions by code; every link routed once for all rows.</summary>
    private ExecutionTable Table(string kind, int skip)
    {
        var period = Report.View.Period;
        var fixedFilter = Filter.Fixed(period);
        var reports = HqLinks.ReportsFor(Filter, period);
        var store = kind == StoreKind;
        var all = store ? Sort(Report.Stores, Filter.Sort, Filter.Desc) : Report.Promotions;
        var rows = all.Skip(skip).Take(PageSize).ToList();
        var link = store ? reports with { StoreId = RowLinks.Marker } : reports with { PromotionId = RowLinks.Marker };
        var more = fixedFilter.Query();
        more["kind"] = kind;
        more["skip"] = (skip + rows.Count).ToString(CultureInfo.InvariantCulture);
        var due = new RowLinks(Url.Reports(link));
        var notReported = store ? due : new RowLinks(Url.View("/Compliance/Index", fixedFilter with { Sort = "rate", Desc = false }));
        return new ExecutionTable(
            kind, store ? "Hq_Col_Store" : "Hq_Col_Name", rows, skip, all.Count, Url.Page(Self, "Rows", more)!,
            store ? new RowLinks(Url.Store(RowLinks.Marker)) : null, new RowLinks(Url.Reports(link with { Executed = true })), due,
            new RowLinks(Url.Reports(link with { Executed = false })), notReported);
    }
}
