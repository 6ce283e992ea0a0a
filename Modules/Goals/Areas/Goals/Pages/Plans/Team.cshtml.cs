using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Plans;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Plans;

/// <summary>Weekly plan achievement rate (done items / planned items) per person the reader sees, and per team; CSV.</summary>
public sealed class TeamModel : PageModel
{
    private readonly PlanQueries _queries;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal TeamModel(PlanQueries queries, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Week { get; set; }

    internal TeamView View { get; private set; } = null!;

    internal GoalPeriod Period => GoalPeriod.Parse(Week) is { Kind: PeriodKind.Week } w ? w : _queries.CurrentWeek;

    public async Task OnGetAsync(CancellationToken ct) => View = await _queries.TeamAsync(Period, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var view = await _queries.TeamAsync(Period, ct);
        string Rate(decimal? r) => r?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";
        var rows = view.People.Select(p => (IReadOnlyList<object?>)[view.Week.Key, p.Team, p.Name, p.Planned, p.Done, Rate(p.Rate)])
            .Concat(view.Teams.Select(t =>
                (IReadOnlyList<object?>)[view.Week.Key, t.Name, _l["Plans_Team_All"].Value, t.Planned, t.Done, Rate(t.Rate)]));
        return this.Csv("weekly-plan-achievement-" + view.Week.Key, view.Week.Start,
            [_l["Plans_Week"], _l["Plans_Col_Team"], _l["Plans_Col_Person"], _l["Plans_Col_Planned"], _l["Plans_Col_Done"], _l["Plans_Col_Rate"]],
            rows);
    }
}
