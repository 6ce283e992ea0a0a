using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Assignment;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Assignment;

/// <summary>
/// Managers: assignment rules per source (directors edit), run a rule on the pool, the allocation log with scores and
/// deviations.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly AssignmentQueries _queries;
    private readonly AssignmentCommands _commands;
    private readonly RouteCommands _routes;
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(
        AssignmentQueries queries, AssignmentCommands commands, RecordAccess access, BusinessClock clock, IStringLocalizer<LeadsModule> l,
        RouteCommands routes)
    {
        _routes = routes;
        _queries = queries;
        _commands = commands;
        _access = access;
        _clock = clock;
        _l = l;
    }

    internal IReadOnlyList<AssignmentRule> Rules { get; private set; } = [];
    public IReadOnlyList<AllocationRow> Log { get; private set; } = [];
    public IReadOnlyList<string> Deviations { get; private set; } = [];
    public IReadOnlyList<string> Paused { get; private set; } = [];
    public bool CanConfigure => _access.CanConfigure();
    internal RouteSettings Route { get; private set; } = new();
    public IReadOnlyList<(string Name, int Days, int Leads)> Top { get; private set; } = [];
    public LocalDate Today => _clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        var overview = await _queries.OverviewAsync(ct);
        (Rules, Log, Paused) = (overview.Rules, overview.Log, overview.Paused);
        Deviations = overview.Deviations.Select(d => _l["Assignment_Deviation", d.Name, d.Days, d.Until].Value).ToList();
        Route = await _queries.RouteSettingsAsync(ct);
        Top = await _queries.TopOfDayAsync(_clock.Today, ct);
        return Page();
    }

    /// <summary>The deviation TOP 3 of a day (default today) as CSV: one file a day, named after that day.</summary>
    public async Task<IActionResult> OnGetTopCsvAsync(string? day, CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        var date = LocalDatePattern.Iso.Parse(day ?? "") is { Success: true } parsed ? parsed.Value : _clock.Today;
        var top = await _queries.TopOfDayAsync(date, ct);
        string[] header = ["Route_Day", "Route_Rank", "Route_Person", "Route_RunDays", "Route_Leads"];
        var iso = date.ToString("yyyy-MM-dd", null);
        return this.Csv("deviation-top3", date, header.Select(k => _l[k].Value).ToList(),
            top.Select((t, i) => (IReadOnlyList<object?>)[iso, i + 1, t.Name, t.Days, t.Leads]));
    }

    public async Task<IActionResult> OnPostSaveRouteAsync(RouteInput input, CancellationToken ct)
    {
        if (!_access.CanConfigure())
        {
            return Forbid();
        }
        try
        {
            await _routes.SaveAsync(input, ct);
            return this.Done(_l["Config_Saved"]);
        }
        catch (StaleEditException stale)
        {
            return this.Refused(_l.Text(stale), stale.StatusCode);
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }

    public async Task<IActionResult> OnPostSaveRuleAsync(Guid id, AssignmentRuleInput input, CancellationToken ct)
    {
        if (!_access.CanConfigure())
        {
            return Forbid();
        }
        try
        {
            await _commands.SaveRuleAsync(id, input, ct);
            return this.Done(_l["Config_Saved"]);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }

    public async Task<IActionResult> OnPostRunRuleAsync(Guid id, CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        try
        {
            return this.Done(_l["Assignment_RunDone", await _commands.RunRuleAsync(id, ct)]);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    public string Format(Instant at) => _clock.Format(at);
}
