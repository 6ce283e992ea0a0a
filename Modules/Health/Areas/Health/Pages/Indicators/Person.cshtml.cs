using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application;
using SalesSuite.Health.Application.Indicators;

namespace SalesSuite.Health.Areas.Health.Pages.Indicators;

/// <summary>One person's indicators: each trend line and the records behind the bad numbers, linked to their pages.</summary>
public sealed class PersonModel : PageModel
{
    private readonly IndicatorQueries _queries;
    private readonly Periods _periods;
    private readonly IStringLocalizer<HealthModule> _l;

    internal PersonModel(IndicatorQueries queries, Periods periods, IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _periods = periods;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Week { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Weeks { get; set; } = 4;

    internal PersonIndicators Person { get; private set; } = null!;

    internal object RouteValues => new { userId = UserId, week = ReportText.Param(Week), weeks = Weeks };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        return Request.IsHtmx() ? Partial("_Person", this) : Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var header = new List<string> { "Indicator_Col_Indicator", "Indicator_Col_Value", "Indicator_Col_Rag", "Indicator_Col_Numerator",
            "Indicator_Col_Denominator" };
        header.AddRange(Person.TrendWeeks.Select(ReportText.Week));
        var rows = Person.Cells.Select(c =>
        {
            var row = new List<object?> { _l["Indicator_" + c.Code].Value, Round(c.Value), ReportText.Rag(_l, c.Rag), Round(c.Numerator),
                Round(c.Denominator) };
            row.AddRange(c.Trend.Select(Round).Cast<object?>());
            return (IReadOnlyList<object?>)row;
        });
        return this.Csv("health-person", Person.ToWeek, _l, header, rows);
    }

    public async Task<IActionResult> OnGetRecordsCsvAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var rows = Person.BadRecords.Select(s => (IReadOnlyList<object?>)
        [
            _l["Indicator_" + s.Code].Value, Time(s.At), s.Record!.Type, s.Record.Label, Round(s.Hours), ReportText.Url(s.Record),
        ]);
        return this.Csv("health-person-records", Person.ToWeek, _l,
            ["Indicator_Col_Indicator", "Indicator_Col_At", "Indicator_Col_Type", "Indicator_Col_Record", "Indicator_Col_Hours",
                "Indicator_Col_Link"], rows);
    }

    internal string Time(NodaTime.Instant at) => ReportText.Time(at, _periods.Zone);

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 1) : null;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Person = await _queries.PersonAsync(UserId, new IndicatorFilter(ReportBy.Person, Week, Weeks), ct);
            return true;
        }
        catch (KeyNotFoundException)
        {
            return false;
        }
    }
}
