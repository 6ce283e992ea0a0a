using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Reports;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Areas.Collections.Pages.Reports;

/// <summary>Aging: age buckets × teams or people, totals, a stacked bar chart; every number opens the board filtered to it.</summary>
public sealed class AgingModel : PageModel
{
    private readonly AgingQueries _queries;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal AgingModel(AgingQueries queries, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public ReportGrouping By { get; set; }

    internal AgingReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await _queries.AgingAsync(By, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Report = await _queries.AgingAsync(By, ct);
        var header = new List<string> { By == ReportGrouping.Team ? "Reports_Col_Team" : "Reports_Col_Person" };
        header.AddRange(AgeBuckets.All.SelectMany(b => new[] { "AgeBucket_" + b, "Reports_Col_Count" }));
        header.AddRange(["Reports_Col_Total", "Reports_Col_Count"]);
        var rows = Report.Lines.Select(l => Row(Label(l.Who), l.Buckets, l.Outstanding, l.Count))
            .Append(Row(_l["Reports_Total"], Report.Totals, Report.Outstanding, Report.Count));
        return this.Csv("aging", Report.Scope.Today, _l, header, rows);
    }

    internal string Label(ReportLine who) => who.Label ?? _l["Reports_NoTeam"];

    /// <summary>The board filtered to a line (null: every line) and a bucket (null: every bucket).</summary>
    internal string Link(ReportLine? who, AgeBucket? bucket) => Url.Board((who?.Filter() ?? new BoardFilter()) with { Age = bucket });

    internal HtmlString Chart()
    {
        var culture = CultureInfo.CurrentCulture;
        var series = AgeBuckets.All.Select(b => new ChartSeries(_l["AgeBucket_" + b])).ToList();
        var bars = Report.Lines.Select(l => new ChartBar(
            Label(l.Who), l.Buckets.Select(b => new ChartValue(b.Outstanding, Link(l.Who, b.Bucket))).ToList())).ToList();
        return SvgChart.Horizontal("aging-chart", _l["Aging_Chart"], series, bars, v => ChartFormat.Compact(v, culture));
    }

    private static IReadOnlyList<object?> Row(string label, IReadOnlyList<BucketTotal> buckets, decimal total, int count)
    {
        var row = new List<object?> { label };
        row.AddRange(buckets.SelectMany(b => new object?[] { b.Outstanding, b.Count }));
        row.AddRange([total, count]);
        return row;
    }
}
