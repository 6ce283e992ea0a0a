using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application;
using SalesSuite.Health.Application.Behaviour;
using SalesSuite.Health.Application.Indicators;
using SalesSuite.Health.Areas.Health.Pages.Indicators;

namespace SalesSuite.Health.Areas.Health.Pages.Behaviour;

/// <summary>The follow-ups behind a behaviour cell: one person, one objective, with the hours since the previous follow-up.</summary>
public sealed class FollowUpsModel : PageModel
{
    private readonly BehaviourQueries _queries;
    private readonly ReportScopeQueries _scopes;
    private readonly Periods _periods;
    private readonly IStringLocalizer<HealthModule> _l;

    internal FollowUpsModel(BehaviourQueries queries, ReportScopeQueries scopes, Periods periods, IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _scopes = scopes;
        _periods = periods;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Objective { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Week { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Weeks { get; set; } = 4;

    internal string Name { get; private set; } = "";
    internal IReadOnlyList<BehaviourFollowUp> FollowUps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var rows = FollowUps.Select(f => (IReadOnlyList<object?>)
            [Time(f), ObjectiveName(f.Objective), f.Customer.Label, Math.Round(f.Hours, 1), ReportText.Url(f.Customer)]);
        return this.Csv("health-behaviour-followups", _periods.ThisWeek, _l,
            ["Indicator_Col_At", "Behaviour_Col_Objective", "Behaviour_Col_Customer", "Behaviour_Col_Hours", "Indicator_Col_Link"], rows);
    }

    internal string Time(BehaviourFollowUp f) => ReportText.Time(f.At, _periods.Zone);

    internal string ObjectiveName(string code) => _l["Behaviour_Objective_" + code].Value;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            FollowUps = await _queries.FollowUpsAsync(UserId, Objective, new IndicatorFilter(ReportBy.Person, Week, Weeks), ct);
            Name = (await _scopes.ScopeAsync(ct)).NameOf(UserId);
            return true;
        }
        catch (KeyNotFoundException)
        {
            return false;
        }
    }
}
