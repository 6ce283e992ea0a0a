using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application.Assignment;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Leads;

/// <summary>Claimed and assigned leads the user may see (own, team, all); release; manager reassignment with a reason.</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadQueries _queries;
    private readonly LeadCommands _leads;
    private readonly AssignmentCommands _assignment;
    private readonly IValidator<ReassignInput> _reassignValidator;
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();

    internal IndexModel(
        LeadQueries queries, LeadCommands leads, AssignmentCommands assignment, IValidator<ReassignInput> reassignValidator,
        RecordAccess access, BusinessClock clock, IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _leads = leads;
        _assignment = assignment;
        _reassignValidator = reassignValidator;
        _access = access;
        _clock = clock;
        _l = l;
    }

    internal IReadOnlyList<Lead> Rows { get; private set; } = [];
    public IReadOnlyList<OrgUser> Assignable { get; private set; } = [];
    public bool IsManager => _access.IsManager;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await _queries.OpenAsync(ct);
        _names = await _access.NamesAsync(ct);
        Assignable = IsManager ? await _access.AssignableAsync(ct) : [];
    }

    /// <summary>The leads I may see as Excel opens them (the kernel's CSV: UTF-8 with BOM, formulas neutralised).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        string[] header = [_l["Lead_Company"], _l["Lead_Contact"], _l["Lead_Status"], _l["Lead_Owner"], _l["Lead_Deadline"]];
        var rows = Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Company, $"{r.ContactName} · {r.Phone}", _l["Status_" + r.Status].Value, Name(r.OwnerId),
            r.ReleaseDeadline is { } d ? Format(d) : "",
        ]);
        return this.Csv("leads", _clock.Today, header, rows);
    }

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var company = await _leads.ReleaseAsync(id, ct);
            TempData.Flash(_l["MyLeads_Released", company], "info");
            return RedirectToPage();
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

    public async Task<IActionResult> OnPostReassignAsync(Guid id, ReassignInput input, CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        if (!ModelState.Validate(_reassignValidator, input, _l, prefix: ""))
        {
            return this.Refused(_l["Reassign_ReasonRequired"]);
        }
        try
        {
            var (company, to) = await _assignment.ReassignAsync(id, input, ct);
            return this.Done(_l["Reassign_Done", company, to]);
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

    public string Name(Guid? id) => id is { } v && _names.TryGetValue(v, out var n) ? n : "—";

    public string Format(Instant at) => _clock.Format(at);
}
