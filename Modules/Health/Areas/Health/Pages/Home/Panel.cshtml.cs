using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Health.Application.Actions;
using SalesSuite.Health.Application.Home;
using SalesSuite.Health.Application.Indicators;
using SalesSuite.Health.Application.Process;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Health.Areas.Health.Pages.Home;

/// <summary>
/// Health's card on the home page (registered as a <see cref="SharedKernel.Modules.HomePanel"/> in HealthModule): the
/// host loads it with htmx on display and every 15 s; a plain request gets it as a page of its own.
/// </summary>
public sealed class PanelModel : PageModel
{
    private readonly HomePanelQueries _queries;
    private readonly IndicatorQueries _indicators;
    private readonly BreakpointQueries _breakpoints;
    private readonly ActionQueries _actions;
    private readonly BusinessClock _clock;

    internal PanelModel(HomePanelQueries queries, IndicatorQueries indicators, BreakpointQueries breakpoints, ActionQueries actions,
        BusinessClock clock)
    {
        _queries = queries;
        _indicators = indicators;
        _breakpoints = breakpoints;
        _actions = actions;
        _clock = clock;
    }

    internal HomePanelView View { get; private set; } = null!;

    /// <summary>The nine indicators over the last 4 weeks for everyone the reader sees, with their colours.</summary>
    internal IReadOnlyList<IndicatorCell> Indicators { get; private set; } = [];

    /// <summary>The three steps with the largest share of delay over the last 12 weeks.</summary>
    internal IReadOnlyList<Breakpoint> Breakpoints { get; private set; } = [];

    internal IReadOnlyDictionary<ActionKind, int> ActiveActions { get; private set; } = new Dictionary<ActionKind, int>();

    public string LastEvent => View.LastEventAt is { } at ? _clock.Format(at) : "—";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        View = await _queries.PanelAsync(ct);
        Indicators = await _indicators.SummaryAsync(null, ct);
        Breakpoints = await _breakpoints.TopAsync(3, 12, ct);
        ActiveActions = await _actions.ActiveCountsAsync(ct);
        return Request.IsHtmx() ? Partial("_Panel", this) : Page();
    }
}
