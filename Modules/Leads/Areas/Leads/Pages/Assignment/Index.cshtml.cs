using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
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
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(
        AssignmentQueries queries, AssignmentCommands commands, RecordAccess access, BusinessClock clock, IStringLocalizer<LeadsModule> l)
    {
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

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        var overview = await _queries.OverviewAsync(ct);
        (Rules, Log, Paused) = (overview.Rules, overview.Log, overview.Paused);
        Deviations = overview.Deviations.Select(d => _l["Assignment_Deviation", d.Name, d.Days, d.Until].Value).ToList();
        return Page();
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
