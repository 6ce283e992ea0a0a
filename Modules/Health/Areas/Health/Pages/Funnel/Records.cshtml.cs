using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Health.Application;
using SalesSuite.Health.Application.Funnel;
using SalesSuite.Health.Application.Indicators;
using SalesSuite.Health.Areas.Health.Pages.Indicators;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Areas.Health.Pages.Funnel;

/// <summary>The leads behind a funnel step (of a person, a team, or everyone the reader sees) with their deal, linked to their pages.</summary>
public sealed class RecordsModel : PageModel
{
    private readonly FunnelQueries _queries;
    private readonly Periods _periods;
    private readonly IStringLocalizer<HealthModule> _l;

    internal RecordsModel(FunnelQueries queries, Periods periods, IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _periods = periods;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Step { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TeamId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Week { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Weeks { get; set; } = 12;

    internal FunnelStep Current { get; private set; }
    internal IReadOnlyList<FunnelRecord> Records { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var header = new List<string> { "Funnel_Col_Person", "Funnel_Col_Lead" };
        header.AddRange(FunnelPath.Steps.Select(s => "Funnel_Step_" + s));
        header.Add("Funnel_Col_Deal");
        var rows = Records.Select(r =>
        {
            var row = new List<object?> { r.Owner, r.Source };
            row.AddRange(FunnelPath.Steps.Select(s => (object?)Time(r.Path.At(s))));
            row.Add(r.Deal?.Label);
            return (IReadOnlyList<object?>)row;
        });
        return this.Csv("health-funnel-records", _periods.ThisWeek, _l, header, rows);
    }

    internal string Time(Instant? at) => at is { } a ? ReportText.Time(a, _periods.Zone) : "";

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!Enum.TryParse<FunnelStep>(Step, true, out var step))
        {
            return false;
        }
        Current = step;
        try
        {
            Records = await _queries.RecordsAsync(step, UserId, TeamId, new IndicatorFilter(ReportBy.Person, Week, Weeks), ct);
            return true;
        }
        catch (KeyNotFoundException)
        {
            return false;
        }
    }
}
