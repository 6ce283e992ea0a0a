using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Reports;

namespace SalesSuite.Collections.Areas.Collections.Pages.Reports;

/// <summary>
/// Collections forecast by week or month: expected (outstanding by due date; overdue money in its own past-due column)
/// against received (allocations by the payment's date), grouped bars and a table; every number opens its records.
/// </summary>
public sealed class ForecastModel : PageModel
{
    private readonly ForecastQueries _queries;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal ForecastModel(ForecastQueries queries, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public ForecastGrouping By { get; set; }

    internal ForecastReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await _queries.ForecastAsync(By, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Report = await _queries.ForecastAsync(By, ct);
        var rows = Report.Periods.Select(p => (IReadOnlyList<object?>)
            [PeriodLabel(p), ReportLinks.Date(p.Start), ReportLinks.Date(p.End), p.Expected, p.ExpectedCount, p.Received]);
        var pastDue = (IReadOnlyList<object?>)[_l["Forecast_PastDue"].Value, null, ReportLinks.Date(Report.Scope.Today.PlusDays(-1)),
            Report.PastDue, Report.PastDueCount, null];
        return this.Csv("forecast", Report.Scope.Today, _l,
            ["Forecast_Col_Period", "Forecast_Col_Start", "Forecast_Col_End", "Forecast_Expected", "Reports_Col_Count", "Forecast_Received"],
            rows.Prepend(pastDue));
    }

    internal string PeriodLabel(ForecastPeriod p) => By == ForecastGrouping.Month
        ? p.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : p.Start.ToString("MM-dd", CultureInfo.InvariantCulture);

    internal string ExpectedLink(ForecastPeriod p) =>
        Url.Board(new BoardFilter { DueFrom = p.ExpectedFrom.ToDateOnly(), DueTo = p.End.ToDateOnly() });

    internal string ReceivedLink(ForecastPeriod p) =>
        Url.Received(new ReceivedFilter { PaidFrom = p.Start.ToDateOnly(), PaidTo = p.End.ToDateOnly() });

    internal string PastDueLink() => Url.Board(new BoardFilter { Status = BoardStatus.Overdue });

    internal HtmlString Chart()
    {
        var culture = CultureInfo.CurrentCulture;
        var series = new List<ChartSeries> { new(_l["Forecast_Expected"]), new(_l["Forecast_Received"]) };
        var groups = Report.Periods
            .Select(p => new ChartBar(PeriodLabel(p), [new ChartValue(p.Expected, ExpectedLink(p)), new ChartValue(p.Received, ReceivedLink(p))]))
            .Prepend(new ChartBar(_l["Forecast_PastDue"], [new ChartValue(Report.PastDue, PastDueLink()), new ChartValue(0m)]))
            .ToList();
        return SvgChart.Grouped("forecast-chart", _l["Forecast_Chart"], series, groups, v => ChartFormat.Compact(v, culture));
    }
}
