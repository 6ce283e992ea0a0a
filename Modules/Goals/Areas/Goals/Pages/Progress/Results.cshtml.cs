using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Progress;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Areas.Goals.Pages.Progress;

/// <summary>Action vs result per person and metric, flagging "high activity, low conversion" and "low activity".</summary>
public sealed class ResultsModel : PageModel
{
    private readonly ProgressQueries _queries;
    private readonly ProgressResultQueries _results;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal ResultsModel(ProgressQueries queries, ProgressResultQueries results, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _results = results;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TeamId { get; set; }

    internal ResultsHeatmap Heatmap { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Heatmap = await _results.HeatmapAsync(await _queries.ScopeAsync(Period, TeamId, ct), ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var map = await _results.HeatmapAsync(await _queries.ScopeAsync(Period, TeamId, ct), ct);
        string[] header = [_l["Progress_Col_Person"], _l["Progress_Col_Done"], _l["Progress_Col_Expected"], _l["Progress_Col_Activity"],
            _l["Progress_Col_Metric"], _l["Progress_Col_Target"], _l["Progress_Col_DueByToday"], _l["Progress_Col_Actual"],
            _l["Progress_Col_Result"], _l["Progress_Col_Flag"]];
        var rows = map.Rows.SelectMany(r => (r.Cells.Count == 0 ? [null] : r.Cells.Cast<ResultCell?>()).Select(c => (IReadOnlyList<object?>)
            [r.Person.Name, r.Done, r.ActivityExpected, r.ActivityPercent, c is null ? null : _l["Progress_Metric_" + c.Metric].Value,
                c?.Target, c?.Expected, c?.Actual, c?.ResultPercent, Flag(c?.Flag ?? ProgressMath.Classify(r.ActivityPercent, null,
                    map.HighActivityPercent, map.LowConversionPercent))]));
        return ProgressPage.Csv(this, "goals-action-vs-result-" + map.Scope.Period.Key, map.Scope.Today, _l, header, rows);
    }

    private string? Flag(ActivityFlag flag) => flag == ActivityFlag.None ? null : _l["Progress_Flag_" + flag].Value;
}
