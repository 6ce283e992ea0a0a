using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application.Process;
using SalesSuite.SharedKernel.Time;

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

    /// <summary>The query of this page (stage, columns, column, red only), for the CSV link.</summary>
    public Dictionary<string, string> CsvRoute()
    {
        var route = new Dictionary<string, string> { ["stage"] = Stage, ["by"] = Filter.Route()["by"], ["red"] = Red ? "true" : "false" };
        if (Column is { } column)
        {
            route["column"] = column.ToString();
        }
        return route;
    }

    /// <summary>The same deals as a CSV download (headers in the reader's language).</summary>
    public async Task<IActionResult> OnGetCsvAsync(
        [FromServices] BusinessClock clock, [FromServices] IStringLocalizer<HealthModule> l, CancellationToken ct)
    {
        if (await OnGetAsync(ct) is not PageResult)
        {
            return NotFound();
        }
        var rows = Deals.Select(d => (IReadOnlyList<object?>)
            [d.Title, d.Owner, HealthCsv.Round(d.Days), l["Dwell_Rag_" + d.Colour].Value]);
        return this.Csv("stage-deals", clock.Today, l, ["Dwell_Col_Deal", "Heatmap_Rec_Owner", "Dwell_Col_DaysInStage", "Dwell_Col_Colour"], rows);
    }
}
