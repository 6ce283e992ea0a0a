using FluentValidation;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Assignment;
using SalesSuite.Leads.Application.LeadList;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Leads;

/// <summary>
/// Claimed and assigned leads the user may see (own, team, all), 50 at a time (keyset: "load more" over htmx, a plain
/// "next page" link without it), with status tabs and their counts, source / owner filters and the sort in the URL;
/// release; manager reassignment with a reason; the whole filtered list as CSV, streamed.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadListQueries _queries;
    private readonly TagQueries _tags;
    private readonly LeadCommands _leads;
    private readonly AssignmentCommands _assignment;
    private readonly IValidator<ReassignInput> _reassignValidator;
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();
    private string? _followUpUrl;
    private string? _selfUrl;

    internal IndexModel(
        LeadListQueries queries, TagQueries tags, LeadCommands leads, AssignmentCommands assignment,
        IValidator<ReassignInput> reassignValidator, RecordAccess access, BusinessClock clock, IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _tags = tags;
        _leads = leads;
        _assignment = assignment;
        _reassignValidator = reassignValidator;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public LeadListFilter Filter { get; set; } = new();

    internal LeadListPage List { get; private set; } = new([], null);
    internal LeadListCounts Counts { get; private set; } = new(0, 0);
    internal LeadListSort Sort => LeadListQueries.SortOf(Filter);
    internal LeadStatus? Status => LeadListQueries.StatusOf(Filter);
    public IReadOnlyList<string> Sources { get; private set; } = [];
    public IReadOnlyList<OrgUser> Assignable { get; private set; } = [];
    public bool IsManager => _access.IsManager;

    /// <summary>The lead whose reassignment form is rendered.</summary>
    public Guid ReassignId { get; private set; }

    /// <summary>True when the page was opened at a cursor (a "next page" link): offers the way back to the first page.</summary>
    public bool Continued { get; private set; }

    /// <summary>The cursor in the URL did not decode or belongs to another sort: the first page is shown with a notice.</summary>
    public bool InvalidCursor { get; private set; }

    /// <summary>The page, or for htmx (a filter changed) just the list: tabs with counts, rows, "load more".</summary>
    public async Task<IActionResult> OnGetAsync(string? after, CancellationToken ct)
    {
        var cursor = Cursor(after);
        Continued = cursor is not null;
        Counts = await _queries.CountsAsync(Filter, ct);
        List = await _queries.PageAsync(Filter, cursor, ct);
        _names = await _access.NamesAsync(ct);
        if (Request.IsHtmx())
        {
            return Partial("_LeadList", this);
        }
        Sources = (await _tags.ByCategoryAsync(ct))[TagCategory.Source].ToList();
        Assignable = IsManager ? await _access.AssignableAsync(ct) : [];
        return Page();
    }

    /// <summary>"Load more" (htmx): the next rows and a new "load more" row, or a notice when the cursor is not valid.</summary>
    public async Task<IActionResult> OnGetMoreAsync(string? after, CancellationToken ct)
    {
        var cursor = Cursor(after);
        if (cursor is null)
        {
            return Partial("_LeadRows", this);
        }
        List = await _queries.PageAsync(Filter, cursor, ct);
        _names = await _access.NamesAsync(ct);
        return Partial("_LeadRows", this);
    }

    /// <summary>The reassignment form of one row, fetched when asked (the list does not carry a picker per row).</summary>
    public async Task<IActionResult> OnGetReassignFormAsync(Guid id, CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        Assignable = await _access.AssignableAsync(ct);
        ReassignId = id;
        return Partial("_Reassign", this);
    }

    /// <summary>Every lead of the filtered list as Excel opens it (the kernel's CSV), streamed row by row.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        _names = await _access.NamesAsync(ct);
        string[] header =
        [
            _l["Lead_Company"], _l["Lead_Contact"], _l["Lead_Source"], _l["Lead_Status"], _l["Lead_Owner"], _l["MyLeads_Claimed"],
            _l["Lead_Deadline"],
        ];
        var rows = _queries.AllAsync(Filter, ct).Select(r => (IReadOnlyList<object?>)
        [
            r.Company, $"{r.ContactName} · {r.Phone}", r.Source, _l["Status_" + r.Status].Value, Name(r.OwnerId),
            r.ClaimedAt is { } c ? Format(c) : "", r.ReleaseDeadline is { } d ? Format(d) : "",
        ]);
        return this.CsvStream("leads", _clock.Today, header, rows);
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

    /// <summary>This list's URL with the current filters, changed by <paramref name="change"/> (null removes a value).</summary>
    public string? ListUrl(string? handler = null, params (string Key, string? Value)[] change)
    {
        var values = new Dictionary<string, string?>
        {
            ["status"] = Filter.Status, ["source"] = Filter.Source, ["owner"] = Filter.Owner?.ToString(), ["sort"] = Filter.Sort,
        };
        foreach (var (key, value) in change)
        {
            values[key] = value;
        }
        var route = new RouteValueDictionary(values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => (object?)v.Value));
        return Url.Page("/Leads/Index", handler, route);
    }

    /// <summary>A row's follow-up link: the route looked up once per page, not once per row.</summary>
    public string FollowUpUrl(Guid leadId) => $"{_followUpUrl ??= Url.Page("/FollowUps/New")}?leadId={leadId}";

    /// <summary>A row's action on this page (release, the reassignment form): the route looked up once per page.</summary>
    public string RowUrl(string handler, Guid leadId) => $"{_selfUrl ??= Url.Page("/Leads/Index")}?handler={handler}&id={leadId}";

    public string Name(Guid? id) => id is { } v && _names.TryGetValue(v, out var n) ? n : "—";

    public string Format(Instant at) => _clock.Format(at);

    private LeadListCursor? Cursor(string? after)
    {
        if (string.IsNullOrEmpty(after))
        {
            return null;
        }
        InvalidCursor = !LeadListCursor.TryParse(after, Sort, out var cursor);
        return cursor;
    }
}
