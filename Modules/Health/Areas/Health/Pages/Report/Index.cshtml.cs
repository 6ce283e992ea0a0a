using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Health.Application.Actions;
using SalesSuite.Health.Application.Grading;
using SalesSuite.Health.Application.Indicators;
using SalesSuite.Health.Application.Process;
using SalesSuite.Health.Areas.Health.Pages.Indicators;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Pdf;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Health.Areas.Health.Pages.Report;

/// <summary>
/// The monthly health report, printable on A4: the last four weeks up to today for everyone the reader sees — the
/// health model per team, the top breakpoints, the suggestions, the actions in force and the customer grades. Every
/// number links to its page (and from there to the records).
/// </summary>
public sealed class IndexModel : PageModel
{
    public const int Weeks = 4;

    private readonly IndicatorQueries _indicators;
    private readonly BreakpointQueries _breakpoints;
    private readonly SuggestionService _suggestions;
    private readonly ActionQueries _actions;
    private readonly GradingQueries _grades;
    private readonly BusinessClock _clock;

    internal IndexModel(IndicatorQueries indicators, BreakpointQueries breakpoints, SuggestionService suggestions, ActionQueries actions,
        GradingQueries grades, BusinessClock clock)
    {
        _indicators = indicators;
        _breakpoints = breakpoints;
        _suggestions = suggestions;
        _actions = actions;
        _grades = grades;
        _clock = clock;
    }

    internal IndicatorMatrix Matrix { get; private set; } = null!;
    internal IReadOnlyList<Breakpoint> Breakpoints { get; private set; } = [];
    internal IReadOnlyList<Suggestion> Suggestions { get; private set; } = [];
    internal IReadOnlyDictionary<ActionKind, int> Actions { get; private set; } = new Dictionary<ActionKind, int>();
    internal IReadOnlyList<(string Grade, int Count)> Grades { get; private set; } = [];

    public LocalDate Today => _clock.Today;

    public string GeneratedAt => _clock.Format(_clock.Now);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Matrix = await _indicators.MatrixAsync(new IndicatorFilter(ReportBy.Team, null, Weeks), ct);
        Breakpoints = await _breakpoints.TopAsync(5, Weeks, ct);
        Suggestions = await _suggestions.ForAsync(Weeks, ct);
        Actions = await _actions.ActiveCountsAsync(ct);
        Grades = await _grades.DistributionAsync(ct);
    }

    /// <summary>The same report as an A4 PDF (the kernel's <see cref="PdfReport"/>): values carry their colour in words.</summary>
    public async Task<IActionResult> OnGetPdfAsync([FromServices] IStringLocalizer<HealthModule> l, CancellationToken ct)
    {
        await OnGetAsync(ct);
        var report = new PdfReport(l["Report_Title"])
        {
            Subtitle = l["Report_Period", ReportText.Date(Matrix.FromWeek), ReportText.Date(Today), GeneratedAt],
        };
        report.Heading(l["Report_Model"]);
        List<PdfColumn> columns =
        [
            new(l["Indicator_Col_Indicator"], 2.2),
            .. Matrix.Rows.Select(r => new PdfColumn(r.Label ?? l["Indicator_NoTeam"].Value, 1, true)),
            new(l["Indicator_Total"], 1, true),
        ];
        var rows = Matrix.Thresholds.Select((limit, i) => (IReadOnlyList<string>)
        [
            l["Indicator_" + limit.Indicator.Code].Value,
            .. Matrix.Rows.Select(r => r.Cells[i]).Append(Matrix.Total[i])
                .Select(c => $"{ReportText.Value(l, limit.Indicator, c.Value)} {ReportText.Rag(l, c.Rag)}"),
        ]);
        report.Table(columns, rows);
        report.Heading(l["Report_Breakpoints"]);
        report.Paragraph(Breakpoints.Count == 0 ? l["Home_NoBreakpoints"] : string.Join("\n", Breakpoints.Select((b, i) =>
            $"{i + 1}. {b.DisplayName}: {l["Home_BreakpointShare", Charts(b.DelayShare), Charts(b.BreachRate)]}")));
        report.Heading(l["Report_Suggestions"]);
        report.Paragraph(Suggestions.Count == 0 ? l["Report_NoSuggestions"] : string.Join("\n", Suggestions.Select(x => "· " + x.Text)));
        report.Heading(l["Report_Actions"]);
        report.KeyValues(Enum.GetValues<ActionKind>().Select(k => (l["Action_Kind_" + k].Value, Actions.GetValueOrDefault(k).ToString(Inv))));
        report.Heading(l["Report_Grades"]);
        report.KeyValues(Grades.Select(g => (g.Grade, g.Count.ToString(Inv))));
        return this.Pdf($"health-report-{ReportText.Date(Today)}", report);
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static string Charts(double value) => Application.Charts.SvgChart.Format(value);
}
