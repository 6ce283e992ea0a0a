using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Progress;

namespace SalesSuite.Goals.Areas.Goals.Pages.Progress;

/// <summary>
/// The person × action-type completion heatmap of a period (done evidence / owed by the contracts), live: the table polls
/// every 30 s with the change token it was drawn with and is only redrawn when the evidence or contracts changed.
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

    internal ProgressHeatmap Heatmap { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The poll: 204 (htmx keeps the table) while the change token is the one the table was drawn with.</summary>
    public async Task<IActionResult> OnGetTableAsync(CancellationToken ct)
    {
        var scope = await _queries.ScopeAsync(Period, TeamId, ct);
        var token = await _queries.ChangeTokenAsync(scope.Period, ct);
        if (Token == token)
        {
            return new NoContentResult();
        }
        await LoadAsync(ct);
        return Partial("_Table", this);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var scope = await _queries.ScopeAsync(Period, TeamId, ct);
        var map = await _queries.HeatmapAsync(scope, All, ProgressPage.Chinese, ct);
        string[] header = [_l["Progress_Col_Person"], .. map.Columns.SelectMany(c => new[] { c.Name + " " + _l["Progress_Done"],
            c.Name + " " + _l["Progress_Owed"] }), _l["Progress_Col_TotalDone"], _l["Progress_Col_TotalOwed"], _l["Progress_Col_Percent"]];
        var rows = map.Rows.Select(r => (IReadOnlyList<object?>)
            [r.Person.Name, .. map.Columns.SelectMany(c => new object?[] { r.Cell(c.Id).Done, r.Cell(c.Id).Owed }),
                r.Total.Done, r.Total.Owed, r.Total.Percent]);
        return ProgressPage.Csv(this, "goals-progress-" + scope.Period.Key, scope.Today, _l, header, rows);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await _queries.ScopeAsync(Period, TeamId, ct);
        Token = await _queries.ChangeTokenAsync(scope.Period, ct);
        Heatmap = await _queries.HeatmapAsync(scope, All, ProgressPage.Chinese, ct);
        Period = scope.Period.Key;
    }
}
