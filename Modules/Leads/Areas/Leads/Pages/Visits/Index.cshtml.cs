using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Visits;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Visits;

/// <summary>
/// Managers: visits of the people they see waiting for confirmation (oldest first, escalated ones marked), confirm by
/// htmx (409 when someone confirmed first), CSV; the director sets the confirmation hours and the delivery manager copy.
/// Everyone with a sales role plays a voice note of a visit they may see.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly VisitQueries _queries;
    private readonly VisitCommands _commands;
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(VisitQueries queries, VisitCommands commands, RecordAccess access, BusinessClock clock, IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _clock = clock;
        _l = l;
    }

    public IReadOnlyList<VisitRow> Rows { get; private set; } = [];
    internal VisitSettings Settings { get; private set; } = new();
    public bool CanConfigure => _access.CanConfigure();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        Rows = await _queries.PendingAsync(ct);
        Settings = await _queries.SettingsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        var rows = await _queries.PendingAsync(ct);
        string[] header = ["Visit_When", "Visit_Owner", "Visit_Customer", "FollowUp_Objective", "FollowUp_Summary", "Visit_AskedOf", "Visit_Level"];
        return this.Csv("visits-to-confirm", _clock.Today, header.Select(k => _l[k].Value).ToList(), rows.Select(r => (IReadOnlyList<object?>)
            [Format(r.At), r.Owner, r.Customer, _l["Objective_" + r.Objective].Value, r.Summary, r.AskedOf, r.Level]));
    }

    public async Task<IActionResult> OnGetVoiceAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.VoiceAsync(id, ct) is not { } voice)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, no-store";
        return new FileStreamResult(voice.Content, voice.ContentType) { EnableRangeProcessing = true };
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, int version, CancellationToken ct)
    {
        try
        {
            await _commands.ConfirmAsync(id, version, ct);
            return Request.IsHtmx() ? this.Alert(_l["Visit_Confirmed"], "success") : this.Done(_l["Visit_Confirmed"]);
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
            return this.Refused(_l.Text(stale), stale.StatusCode);
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }

    public async Task<IActionResult> OnPostSettingsAsync(int version, int confirmHours, bool notifyDeliveryManager, CancellationToken ct)
    {
        if (!_access.CanConfigure())
        {
            return Forbid();
        }
        try
        {
            await _commands.SaveSettingsAsync(version, confirmHours, notifyDeliveryManager, ct);
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

    public string Format(Instant at) => _clock.Format(at);
}
