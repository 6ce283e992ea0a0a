using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application.Visits;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Visits;

/// <summary>
/// The risk list: cards raised by follow-ups with the warning flag (open first; "all" shows closed ones too), for
/// managers (their teams) and the delivery manager role (every card, read only); a manager acknowledges or closes a card
/// with a note. CSV export.
/// </summary>
public sealed class RisksModel : PageModel
{
    private readonly VisitQueries _queries;
    private readonly VisitCommands _commands;
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal RisksModel(VisitQueries queries, VisitCommands commands, RecordAccess access, BusinessClock clock, IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<RiskRow> Rows { get; private set; } = [];

    private bool MayRead => _access.IsManager || _access.IsInRole(Roles.DeliveryManager);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!MayRead)
        {
            return Forbid();
        }
        Rows = await _queries.RisksAsync(!All, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!MayRead)
        {
            return Forbid();
        }
        var rows = await _queries.RisksAsync(!All, ct);
        string[] header = ["Visit_When", "Visit_Owner", "Visit_Customer", "FollowUp_Obstacles", "FollowUp_Summary", "Risk_State", "Risk_Note"];
        return this.Csv("risk-cards", _clock.Today, header.Select(k => _l[k].Value).ToList(), rows.Select(r => (IReadOnlyList<object?>)
            [Format(r.RaisedAt), r.Owner, r.Customer, r.Obstacles, r.Summary, State(r), r.Note]));
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id, int version, string? note, CancellationToken ct) =>
        HandleAsync(() => _commands.AcknowledgeRiskAsync(id, version, note, ct), "Risk_Acknowledged");

    public Task<IActionResult> OnPostCloseAsync(Guid id, int version, string? note, CancellationToken ct) =>
        HandleAsync(() => _commands.CloseRiskAsync(id, version, note, ct), "Risk_Closed");

    public string Format(Instant at) => _clock.Format(at);

    public string State(RiskRow r) => _l[r.Closed ? "Risk_StateClosed" : r.Acknowledged ? "Risk_StateAcknowledged" : "Risk_StateOpen"];

    private async Task<IActionResult> HandleAsync(Func<Task> act, string done)
    {
        try
        {
            await act();
            return this.Done(_l[done], routeValues: new { All });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (StaleEditException stale)
        {
            return this.Refused(_l.Text(stale), stale.StatusCode, new { All });
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l, new { All });
        }
    }
}
