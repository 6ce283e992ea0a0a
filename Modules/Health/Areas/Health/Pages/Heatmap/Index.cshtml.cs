using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application.Process;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Health.Areas.Health.Pages.Heatmap;

/// <summary>The breakpoint heatmap: steps × teams / people, a switchable metric, the headline and the suggestions; the matrix is polled every 15 s.</summary>
public sealed class IndexModel : PageModel
{
    private readonly HeatmapQueries _heatmap;
    private readonly SuggestionService _suggestions;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<HealthModule> _l;

    internal IndexModel(HeatmapQueries heatmap, SuggestionService suggestions, BusinessClock clock, IStringLocalizer<HealthModule> l)
    {
        _heatmap = heatmap;
        _suggestions = suggestions;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public ProcessFilter Filter { get; set; } = new();

    internal HeatmapView Matrix { get; private set; } = new([], [], 0, null, default);
    internal IReadOnlyList<Suggestion> Suggestions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Matrix = await _heatmap.MatrixAsync(Filter, ct);
        Suggestions = await _suggestions.ForAsync(Filter.Weeks, ct);
    }

    /// <summary>The matrix and its headline alone (the 15 s poll), with the switches of the query.</summary>
    public async Task<IActionResult> OnGetMatrixAsync(CancellationToken ct)
    {
        Matrix = await _heatmap.MatrixAsync(Filter, ct);
        return Partial("_Matrix", this);
    }

    /// <summary>The matrix as CSV: one line per cell and one per step total (column empty).</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        Matrix = await _heatmap.MatrixAsync(Filter, ct);
        var rows = Matrix.Rows.SelectMany(r => r.Cells.Select((c, i) => (Cell: c, Column: Matrix.Columns[i].Name)).Where(x => x.Cell is not null)
                .Select(x => (x.Cell!, x.Column)).Append((r.Total, "")).Select(x => (IReadOnlyList<object?>)
                [
                    _l["Heatmap_Kind_" + r.Kind].Value, r.Name, x.Item2, x.Item1.Cell.Count, x.Item1.Cell.Skipped, x.Item1.Cell.Breached,
                    HealthCsv.Round(x.Item1.Cell.DelayHours), HealthCsv.Round(x.Item1.Value), x.Item1.Colour.ToString(),
                ]));
        return this.Csv("heatmap-" + Filter.Route()["metric"], _clock.Today, _l,
            ["Heatmap_Col_Kind", "Heatmap_Col_Step", "Heatmap_Col_Column", "Heatmap_Col_Count", "Heatmap_Col_Skipped", "Heatmap_Col_Breached",
                "Heatmap_Col_DelayHours", "Heatmap_Metric_" + Filter.HeatMetric, "Heatmap_Col_Colour"], rows);
    }

    internal string? HeadlineText => Matrix.Headline is { } h
        ? _l["Heatmap_Headline", Matrix.Rows.First(r => r.Kind == h.Kind && r.Step == h.Step).Name, Math.Round(h.ShareOfAll),
            Math.Round(h.ShareOfKind), _l["Heatmap_Kind_" + h.Kind].Value].Value
        : null;
}
