using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Health.Application.Home;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Health.Areas.Health.Pages.Home;

/// <summary>
/// Health's card on the home page (registered as a <see cref="SharedKernel.Modules.HomePanel"/> in HealthModule): the
/// host loads it with htmx on display and every 15 s; a plain request gets it as a page of its own.
/// </summary>
public sealed class PanelModel : PageModel
{
    private readonly HomePanelQueries _queries;
    private readonly BusinessClock _clock;

    internal PanelModel(HomePanelQueries queries, BusinessClock clock)
    {
        _queries = queries;
        _clock = clock;
    }

    internal HomePanelView View { get; private set; } = null!;

    public string LastEvent => View.LastEventAt is { } at ? _clock.Format(at) : "—";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        View = await _queries.PanelAsync(ct);
        return Request.IsHtmx() ? Partial("_Panel", this) : Page();
    }
}
