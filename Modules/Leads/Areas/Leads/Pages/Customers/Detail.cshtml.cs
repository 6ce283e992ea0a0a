using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application.Contacts;
using SalesSuite.Leads.Application.Corrections;
using SalesSuite.Leads.Application.Customers;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Files;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Customers;

/// <summary>
/// Customer facts, deals, open actions and one timeline (lead events, follow-ups, stage changes, quote events);
/// open a deal; merge a duplicate.
/// </summary>
public sealed class DetailModel : PageModel
{
    private readonly CustomerQueries _queries;
    private readonly CustomerPageQueries _page;
    private readonly TraceModeQueries _trace;
    private readonly CustomerCommands _customers;
    private readonly DealCommands _deals;
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;
    private string? _selfUrl;
    private RowLinks? _correct;
    private string? _voiceUrl;

    internal DetailModel(
        CustomerQueries queries, CustomerCommands customers, DealCommands deals, RecordAccess access, BusinessClock clock,
        IStringLocalizer<LeadsModule> l, CustomerPageQueries page, TraceModeQueries trace)
    {
        _queries = queries;
        _page = page;
        _trace = trace;
        _customers = customers;
        _deals = deals;
        _access = access;
        _clock = clock;
        _l = l;
    }

    internal Customer? Customer => Detail?.Customer;
    internal IReadOnlyList<Deal> Deals => Detail?.Deals ?? [];
    internal IReadOnlyList<NextAction> Actions => Detail?.Actions ?? [];
    internal IReadOnlyList<DealFile> DealFiles => Detail?.DealFiles ?? [];
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];
    /// <summary>The instant the "show older" link reads before (null: the timeline ends here), and how many entries are older.</summary>
    public Instant? TimelineOlder { get; private set; }
    public int TimelineOlderCount { get; private set; }
    /// <summary>Whether the page shows the timeline from an older point (the "show older" link without htmx).</summary>
    public bool TimelineFromOlder { get; private set; }
    public string OwnerName => Detail?.OwnerName ?? "—";
    public IReadOnlyList<string> ProductLines { get; private set; } = [];
    public bool CanMerge => _access.IsManager;
    internal CustomerDetail? Detail { get; private set; }
    /// <summary>The profile form (null when the customer was merged).</summary>
    internal ProfileFormView? Profile { get; private set; }
    public TraceModeNotice? TraceMode { get; private set; }
    /// <summary>The contacts panel (null when the customer was merged).</summary>
    public ContactsPanel? Contacts { get; private set; }

    /// <summary>A customer type's name: the director's name for it, else the built-in one, else the code.</summary>
    public string TypeName(string code) =>
        Profile?.Types.FirstOrDefault(t => t.Code == code)?.Name is { } name ? name
        : _l["CustomerType_" + code] is { ResourceNotFound: false } builtIn ? builtIn.Value : code;

    /// <summary>
    /// The customer page; <paramref name="before"/> (the "show older" link followed without htmx) shows the timeline from
    /// that point on. The stored facts come from <see cref="CustomerPageQueries"/> (cached per change of the customers'
    /// stamp); whether the viewer may see the customer is asked on every request.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(Guid id, long? before, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is not { } data)
        {
            return NotFound();
        }
        if (data.Customer.MergedIntoId is not null)
        {
            return await _queries.MergedIntoAsync(id, ct) is { } survivor ? RedirectToPage(new { id = survivor }) : NotFound();
        }
        var customer = data.Customer;
        var names = await _access.NamesAsync(ct);
        var canEdit = customer.OwnerId == _access.UserId || _access.IsManager;
        var slice = data.Timeline;
        if (before is { } older)
        {
            slice = await _page.TimelineAsync(id, Instant.FromUnixTimeTicks(older), ct);
            TimelineFromOlder = true;
        }
        ShowTimeline(slice, names);
        Detail = new CustomerDetail(
            customer, customer.OwnerId is { } owner ? CustomerPageQueries.Name(names, owner) : "—", data.Deals, data.StageNames,
            data.DealFiles, data.Actions, Timeline, data.Completeness, data.Grade, canEdit);
        ProductLines = data.ProductLines;
        Profile = new ProfileFormView(customer, data.Completeness, canEdit, data.Industries, data.Budgets)
        {
            Types = data.Types, Fields = data.Fields, Values = data.Values,
        };
        Contacts = new ContactsPanel { List = new ContactList(customer, data.Contacts, canEdit) };
        TraceMode = await _trace.MineAsync(ct);
        return Page();
    }

    /// <summary>
    /// "Show older" (htmx): the timeline's entries before <paramref name="before"/> and a new "show older" line when there
    /// are more; 404 when the viewer may not see the customer, exactly as the page.
    /// </summary>
    public async Task<IActionResult> OnGetTimelineAsync(Guid id, long? before, CancellationToken ct)
    {
        if (before is null || await VisibleAsync(id, ct) is not { Customer.MergedIntoId: null })
        {
            return NotFound();
        }
        ShowTimeline(await _page.TimelineAsync(id, Instant.FromUnixTimeTicks(before.Value), ct), await _access.NamesAsync(ct));
        return Partial("_TimelineEntries", this);
    }

    private async Task<CustomerPageData?> VisibleAsync(Guid id, CancellationToken ct) =>
        await _page.DataAsync(id, ct) is { } data && await _access.CanSeeAsync(data.Customer.OwnerId, ct) ? data : null;

    private void ShowTimeline(TimelineSlice slice, IReadOnlyDictionary<Guid, string> names)
    {
        Timeline = _page.Items(slice, names, _access.UserId, _access.IsManager);
        TimelineOlder = slice.Older;
        TimelineOlderCount = slice.OlderCount;
    }

    /// <summary>This customer's page (route generated once per request, not per line).</summary>
    public string SelfUrl => _selfUrl ??= Url.Page("/Customers/Detail", new { id = Customer?.Id ?? RouteId() })!;

    /// <summary>The "show older" links: the full page from that point (no htmx) and the lines alone (htmx).</summary>
    public string OlderPageUrl(Instant older) => $"{SelfUrl}?before={older.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture)}";

    public string OlderLinesUrl(Instant older) =>
        $"{SelfUrl}?handler=Timeline&before={older.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture)}";

    public string AttachmentUrl(Guid attachmentId) => $"{SelfUrl}?handler=Attachment&attachmentId={attachmentId}";

    public string CorrectUrl(Guid followUpId) =>
        (_correct ??= new RowLinks(Url.Page("/FollowUps/Correct", new { id = RowLinks.Marker })!)).For(followUpId);

    public string VoiceUrl(Guid followUpId) => $"{_voiceUrl ??= Url.Page("/Visits/Index")}?handler=Voice&id={followUpId}";

    private Guid RouteId() => RouteData.Values["id"] is { } value && Guid.TryParse(value.ToString(), out var id) ? id : Guid.Empty;

    public async Task<IActionResult> OnPostOpenDealAsync(Guid id, string? title, string? amount, string? productLine, CancellationToken ct)
    {
        decimal? value = null;
        if (!string.IsNullOrWhiteSpace(amount))
        {
            if (!decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                return this.Refused(_l["Deal_AmountInvalid"], routeValues: new { id });
            }
            value = parsed;
        }
        try
        {
            var opened = await _deals.OpenAsync(id, title, value, productLine, ct);
            TempData.Flash(_l["Deal_Opened", opened], "success");
            return RedirectToPage("/Deals/Index");
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l, new { id });
        }
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, string? mergeCode, CancellationToken ct)
    {
        try
        {
            var merged = await _customers.MergeAsync(id, mergeCode, ct);
            return this.Done(_l["Merge_Done", merged.MergedCode, merged.SurvivorCode], routeValues: new { id });
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l, new { id });
        }
    }

    /// <summary>Downloads a follow-up or deal-field attachment of a customer the user may see.</summary>
    /// <remarks>
    /// Always a download (Content-Disposition: attachment) with the type read from the bytes, never the uploader's, and
    /// nosniff, so a file cannot be rendered as a page of this site.
    /// </remarks>
    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        if (await _queries.AttachmentAsync(id, attachmentId, ct) is not { } file)
        {
            return NotFound();
        }
        Response.Headers.XContentTypeOptions = "nosniff";
        var type = FileSignatures.Detect(file.FileName, file.Content) ?? "application/octet-stream";
        return File(file.Content, type, file.FileName);
    }

    public string StageName(Guid id) => Detail?.StageNames.GetValueOrDefault(id) ?? "?";

    public string Format(Instant at) => _clock.Format(at);

    /// <summary>A grade's badge colour: A+ / A green, B amber, C (and anything else) red.</summary>
    public static string GradeClass(string? grade) => grade switch
    {
        "A+" or "A" => "tag-ok",
        "B" => "tag-warn",
        null => "tag-muted",
        _ => "tag-danger",
    };

    /// <summary>A grade factor's name, or its code when Leads does not know it.</summary>
    public string FactorName(string code) => _l["Grade_Factor_" + code] is { ResourceNotFound: false } name ? name.Value : code;
}
