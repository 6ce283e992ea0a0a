using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application.Behaviour;
using SalesSuite.Health.Application.Indicators;
using SalesSuite.Health.Areas.Health.Pages.Indicators;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Areas.Health.Pages.Behaviour;

/// <summary>Behaviour heatmap: person × follow-up objective, hours between follow-ups against the team's average.</summary>
public sealed class IndexModel : PageModel
{
    private readonly BehaviourQueries _queries;
    private readonly IStringLocalizer<HealthModule> _l;

    internal IndexModel(BehaviourQueries queries, IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Week { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Weeks { get; set; } = 4;

    internal BehaviourReport Report { get; private set; } = null!;

    internal object RouteValues => new { week = ReportText.Param(Week), weeks = Weeks };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Report = await _queries.ReportAsync(new IndicatorFilter(ReportBy.Person, Week, Weeks), ct);
        return Request.IsHtmx() ? Partial("_Heatmap", this) : Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Report = await _queries.ReportAsync(new IndicatorFilter(ReportBy.Person, Week, Weeks), ct);
        var header = new List<string> { "Behaviour_Col_Team", "Behaviour_Col_Person" };
        foreach (var o in BehaviourMath.Objectives)
        {
            header.AddRange([Objective(o), "Behaviour_Col_TeamHours", "Behaviour_Col_Ratio", "Behaviour_Col_Count"]);
        }
        var rows = Report.Rows.Select(r =>
        {
            var row = new List<object?> { r.Team ?? _l["Indicator_NoTeam"].Value, r.Name };
            row.AddRange(r.Cells.SelectMany(c => new object?[] { Round(c.Hours), Round(c.TeamHours), Round(c.Ratio, 2), c.Count }));
            return (IReadOnlyList<object?>)row;
        });
        return this.Csv("health-behaviour", Report.ToWeek, _l, header, rows);
    }

    internal string Objective(string code) => _l["Behaviour_Objective_" + code].Value;

    private static double? Round(double? v, int digits = 1) => v is { } x ? Math.Round(x, digits) : null;
}
