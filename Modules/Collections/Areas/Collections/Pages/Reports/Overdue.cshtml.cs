using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Reports;

namespace SalesSuite.Collections.Areas.Collections.Pages.Reports;

/// <summary>
/// The overdue board: overdue amount and count by reason ("untagged" its own line) and the top 20 customers by
/// overdue amount with their reasons, as tables and SVG charts; every number opens the board filtered to it.
/// </summary>
public sealed class OverdueModel : PageModel
{
    private readonly OverdueQueries _queries;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal OverdueModel(OverdueQueries queries, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _l = l;
    }

    internal OverdueReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await _queries.OverdueAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Report = await _queries.OverdueAsync(ct);
        var byReason = Report.ByReason.Select(r => (IReadOnlyList<object?>)
            [_l["Overdue_ByReason"].Value, ReasonName(r), null, null, r.Outstanding, r.Count]);
        var byCustomer = Report.TopCustomers.SelectMany(c => c.Reasons.Select(r => (IReadOnlyList<object?>)
            [_l["Overdue_TopCustomers"].Value, ReasonName(r), c.Code, c.Name, r.Outstanding, r.Count]));
        return this.Csv("overdue", Report.Scope.Today, _l,
            ["Overdue_Col_Section", "Board_Col_Reason", "Board_Col_CustomerCode", "Board_Col_Customer", "Board_Col_Outstanding", "Reports_Col_Count"],
            byReason.Concat(byCustomer));
    }

    internal string ReasonName(ReasonLine line) => line.ReasonId is null ? _l["Reports_Untagged"] : line.Name ?? "—";

    internal string ReasonLink(ReasonLine line) => Url.Board(new BoardFilter { Status = BoardStatus.Overdue, Reason = line.ReasonKey });

    internal string CustomerLink(CustomerLine customer, ReasonLine? reason = null) =>
        Url.Board(new BoardFilter { Status = BoardStatus.Overdue, CustomerId = customer.CustomerId, Reason = reason?.ReasonKey });

    internal string AllLink() => Url.Board(new BoardFilter { Status = BoardStatus.Overdue });

    internal string CustomerLabel(CustomerLine c) => $"{c.Code} {c.Name}".Trim() is { Length: > 0 } label ? label : c.CustomerId.ToString()[..8];

    internal HtmlString ReasonChart()
    {
        var culture = CultureInfo.CurrentCulture;
        var bars = Report.ByReason.Select(r => new ChartBar(ReasonName(r), [new ChartValue(r.Outstanding, ReasonLink(r))])).ToList();
        return SvgChart.Horizontal("overdue-reasons", _l["Overdue_ByReason"], [new ChartSeries(_l["Board_Col_Outstanding"])], bars,
            v => ChartFormat.Compact(v, culture));
    }

    /// <summary>The directors' chart: the top customers, each bar split by reason.</summary>
    internal HtmlString CustomerChart()
    {
        var culture = CultureInfo.CurrentCulture;
        var reasons = Report.ByReason;
        var series = reasons.Select(r => new ChartSeries(ReasonName(r))).ToList();
        var bars = Report.TopCustomers.Select(c => new ChartBar(CustomerLabel(c), reasons
            .Select(r => c.Reasons.FirstOrDefault(x => x.ReasonId == r.ReasonId) is { } hit
                ? new ChartValue(hit.Outstanding, CustomerLink(c, hit)) : new ChartValue(0m))
            .ToList())).ToList();
        return SvgChart.Horizontal("overdue-customers", _l["Overdue_TopCustomers"], series, bars, v => ChartFormat.Compact(v, culture));
    }
}
