using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application.Charts;
using SalesSuite.Health.Application.Process;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Health.Areas.Health.Pages.Dwell;

/// <summary>Stage dwell: per stage × team / person, count, average / median / p80 days, skip rate, colour, trend; deals in the stage now.</summary>
public sealed class IndexModel : PageModel
{
    private readonly DwellQueries _dwell;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<HealthModule> _l;

    internal IndexModel(DwellQueries dwell, BusinessClock clock, IStringLocalizer<HealthModule> l)
    {
        _dwell = dwell;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public ProcessFilter Filter { get; set; } = new();

    /// <summary>Only this stage (a suggestion's evidence link); all stages when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    internal DwellReport Report { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct) =>
        Report = await _dwell.ReportAsync(Filter, string.IsNullOrEmpty(Stage) ? null : Stage, ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        var rows = Report.Stages.SelectMany(s => s.Rows.Append(s.Total).Select(r => (IReadOnlyList<object?>)
        [
            s.Name, r.Column is null ? _l["Dwell_AllColumns"].Value : r.Name, r.Stats.Stays, r.Stats.Skipped,
            HealthCsv.Round(r.Stats.AverageDays), HealthCsv.Round(r.Stats.MedianDays), HealthCsv.Round(r.Stats.P80Days),
            HealthCsv.Round(r.Stats.SkipRate), r.Colour.ToString(), r.Now, r.NowRed,
        ]));
        return this.Csv("stage-dwell", _clock.Today, _l,
            ["Dwell_Col_Stage", "Dwell_Col_Column", "Dwell_Col_Count", "Dwell_Col_Skipped", "Dwell_Col_Average", "Dwell_Col_Median", "Dwell_Col_P80",
                "Dwell_Col_SkipRate", "Dwell_Col_Colour", "Dwell_Col_Now", "Dwell_Col_NowRed"], rows);
    }

    internal Microsoft.AspNetCore.Html.IHtmlContent Trend(DwellStage stage) =>
        SvgChart.Line(Report.Weeks.Select(w => w.ToString("MM-dd", null)).ToList(), stage.WeeklyMedianDays,
            _l["Dwell_TrendTitle", stage.Name], _l["Dwell_DaysUnit"]);

    internal Dictionary<string, string> DealsRoute(DwellStage stage, DwellRow row, bool red)
    {
        var route = new Dictionary<string, string> { ["stage"] = stage.Name, ["by"] = Filter.Route()["by"] };
        if (row.Column is { } c)
        {
            route["column"] = c.ToString();
        }
        if (red)
        {
            route["red"] = "true";
        }
        return route;
    }
}
