using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Progress;

namespace SalesSuite.Goals.Areas.Goals.Pages.Progress;

/// <summary>
/// The person × action-type completion heatmap of a period (done evidence / owed by the contracts), live: the table polls
/// every 30 s with the change token it was drawn with and is only redrawn when the evidence or contracts changed. A large
/// scope (a director's company) is drawn <see cref="ProgressHeatmap.PageSize"/> people at a time: "show more" redraws the
/// table with 50 more rows (<see cref="Shown"/>), the totals row is always of everyone in view.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly ProgressQueries _queries;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal IndexModel(ProgressQueries queries, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TeamId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>How many people rows to draw (at least <see cref="ProgressHeatmap.PageSize"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public int Shown { get; set; }

    internal ProgressHeatmap Heatmap { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(await _queries.ScopeAsync(Period, TeamId, ct), ct);

    /// <summary>The poll: 204 (htmx keeps the table) while the change token is the one the table was drawn with.</summary>
    public async Task<IActionResult> OnGetTableAsync(CancellationToken ct)
    {
        var scope = await _queries.ScopeAsync(Period, TeamId, ct);
        var token = await _queries.ChangeTokenAsync(scope.Period, ct);
        if (Token == token)
        {
            return new NoContentResult();
        }
        await LoadAsync(scope, ct);
        return Partial("_Table", this);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var scope = await _queries.ScopeAsync(Period, TeamId, ct);
        var map = await _queries.HeatmapAsync(scope, All, ProgressPage.Chinese, int.MaxValue, ct);
        string[] header = [_l["Progress_Col_Person"], .. map.Columns.SelectMany(c => new[] { c.Name + " " + _l["Progress_Done"],
            c.Name + " " + _l["Progress_Owed"] }), _l["Progress_Col_TotalDone"], _l["Progress_Col_TotalOwed"], _l["Progress_Col_Percent"]];
        var rows = map.Rows.Select(r => (IReadOnlyList<object?>)
            [r.Person.Name, .. map.Columns.SelectMany(c => new object?[] { r.Cell(c.Id).Done, r.Cell(c.Id).Owed }),
                r.Total.Done, r.Total.Owed, r.Total.Percent]);
        return ProgressPage.Csv(this, "goals-progress-" + scope.Period.Key, scope.Today, _l, header, rows);
    }

    private async Task LoadAsync(ProgressScope scope, CancellationToken ct)
    {
        Token = await _queries.ChangeTokenAsync(scope.Period, ct);
        Shown = Math.Max(ProgressHeatmap.PageSize, Shown);
        Heatmap = await _queries.HeatmapAsync(scope, All, ProgressPage.Chinese, Shown, ct);
        Period = scope.Period.Key;
    }
}
