using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using SalesSuite.Health.Application.Actions;
using SalesSuite.Health.Application.Grading;
using SalesSuite.Health.Application.Indicators;
using SalesSuite.Health.Application.Process;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Time;

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
}
