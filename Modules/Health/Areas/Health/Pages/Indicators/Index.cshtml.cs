using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application.Indicators;

namespace SalesSuite.Health.Areas.Health.Pages.Indicators;

/// <summary>The health model: nine indicators × teams or people, value, colour and 12-week trend; refreshed every 15 s by htmx.</summary>
public sealed class IndexModel : PageModel
{
    private readonly IndicatorQueries _queries;
    private readonly IStringLocalizer<HealthModule> _l;

    internal IndexModel(IndicatorQueries queries, IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public ReportBy By { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Week { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Weeks { get; set; } = 4;

    internal IndicatorMatrix Matrix { get; private set; } = null!;

    internal object RouteValues => new { by = By, week = ReportText.Param(Week), weeks = Weeks };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Matrix = await _queries.MatrixAsync(new IndicatorFilter(By, Week, Weeks), ct);
        return Request.IsHtmx() ? Partial("_Matrix", this) : Page();
    }

    public async Task<IActionResult> OnGetMatrixAsync(CancellationToken ct)
    {
        Matrix = await _queries.MatrixAsync(new IndicatorFilter(By, Week, Weeks), ct);
        return Partial("_Matrix", this);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Matrix = await _queries.MatrixAsync(new IndicatorFilter(By, Week, Weeks), ct);
        var header = new List<string> { "Indicator_Col_Indicator", "Indicator_Col_Green", "Indicator_Col_Red" };
        header.AddRange(Matrix.Rows.Select(r => Label(r)));
        header.Add("Indicator_Total");
        var rows = Matrix.Thresholds.Select((t, i) =>
        {
            var row = new List<object?> { _l["Indicator_" + t.Indicator.Code].Value, t.Green, t.Red };
            row.AddRange(Matrix.Rows.Select(r => CsvCell(r.Cells[i])));
            row.Add(CsvCell(Matrix.Total[i]));
            return (IReadOnlyList<object?>)row;
        });
        return this.Csv("health-indicators", Matrix.ToWeek, _l, header, rows);
    }

    internal string Label(IndicatorRow row) =>
        row.Label ?? _l[By == ReportBy.Team ? "Indicator_NoTeam" : "Indicator_Unknown"].Value;

    private string CsvCell(IndicatorCell cell) =>
        cell.Value is { } v ? $"{Math.Round(v, 1)} ({ReportText.Rag(_l, cell.Rag)})" : "";
}
