using Htmx;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application.Charts;
using SalesSuite.Health.Application.Funnel;
using SalesSuite.Health.Application.Indicators;
using SalesSuite.Health.Areas.Health.Pages.Indicators;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Areas.Health.Pages.Funnel;

/// <summary>Funnel attribution per team or person: counts, conversion and median time between steps; every count drills down.</summary>
public sealed class IndexModel : PageModel
{
    private readonly FunnelQueries _queries;
    private readonly IStringLocalizer<HealthModule> _l;

    internal IndexModel(FunnelQueries queries, IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public ReportBy By { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Week { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Weeks { get; set; } = 12;

    internal FunnelReport Report { get; private set; } = null!;

    internal object RouteValues => new { by = By, week = ReportText.Param(Week), weeks = Weeks };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Report = await _queries.ReportAsync(new IndicatorFilter(By, Week, Weeks), ct);
        return Request.IsHtmx() ? Partial("_Funnel", this) : Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Report = await _queries.ReportAsync(new IndicatorFilter(By, Week, Weeks), ct);
        var header = new List<string> { By == ReportBy.Team ? "Funnel_Col_Team" : "Funnel_Col_Person" };
        foreach (var step in FunnelPath.Steps)
        {
            header.AddRange([StepName(step), "Funnel_Col_Conversion", "Funnel_Col_MedianHours"]);
        }
        var rows = Report.Lines.Append(Report.Total).Select(line =>
        {
            var row = new List<object?> { Label(line) };
            row.AddRange(line.Steps.SelectMany(s => new object?[] { s.Count, Round(s.Conversion), Round(s.MedianHours) }));
            return (IReadOnlyList<object?>)row;
        });
        return this.Csv("health-funnel", Report.ToWeek, _l, header, rows);
    }

    internal string StepName(FunnelStep step) => _l["Funnel_Step_" + step].Value;

    internal string Label(FunnelLine line) => line.Label ?? (ReferenceEquals(line, Report.Total)
        ? _l["Indicator_Total"].Value
        : _l[By == ReportBy.Team ? "Indicator_NoTeam" : "Indicator_Unknown"].Value);

    /// <summary>The drill-down of a line's step: a person's records, a team's, or everyone's (the total).</summary>
    internal string RecordsUrl(FunnelLine line, FunnelStep step) => Url.Page("/Funnel/Records", new
    {
        step,
        userId = By == ReportBy.Person && !ReferenceEquals(line, Report.Total) ? line.Key : null,
        teamId = By == ReportBy.Team && !ReferenceEquals(line, Report.Total) ? line.Key : null,
        week = ReportText.Param(Week),
        weeks = Weeks,
    })!;

    internal IHtmlContent Chart() => SvgChart.Bars(
        Report.Total.Steps.Select(s => (StepName(s.Step), (double)s.Count,
            s.Conversion is { } c ? $"{s.Count} · {SvgChart.Format(c)}%" : s.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (string?)null)).ToList(),
        _l["Funnel_Chart"]);

    internal string Duration(double? hours) => hours is { } h
        ? (h >= 48 ? _l["Funnel_Days", SvgChart.Format(h / 24)].Value : _l["Funnel_Hours", SvgChart.Format(h)].Value)
        : "–";

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 1) : null;
}
