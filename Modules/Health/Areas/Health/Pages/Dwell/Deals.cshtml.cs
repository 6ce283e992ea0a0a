using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Health.Application.Process;

namespace SalesSuite.Health.Areas.Health.Pages.Dwell;

/// <summary>The open deals in a stage now (of a team / person, or all; only the red ones when asked), longest first, linked to Leads.</summary>
public sealed class DealsModel : PageModel
{
    private readonly DwellQueries _dwell;

    internal DealsModel(DwellQueries dwell) => _dwell = dwell;

    [BindProperty(SupportsGet = true)]
    public ProcessFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string Stage { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public Guid? Column { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Red { get; set; }

    internal IReadOnlyList<StuckDeal> Deals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Stage))
        {
            return NotFound();
        }
        Deals = await _dwell.DealsInStageAsync(Stage, Filter.Columns, Column, Red, ct);
        return Page();
    }
}
