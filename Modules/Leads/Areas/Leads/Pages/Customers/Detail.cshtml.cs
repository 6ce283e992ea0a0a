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
    private readonly ProfileQueries _profile;
    private readonly TraceModeQueries _trace;
    private readonly ContactQueries _contacts;
    private readonly CustomerCommands _customers;
    private readonly DealCommands _deals;
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal DetailModel(
        CustomerQueries queries, CustomerCommands customers, DealCommands deals, RecordAccess access, BusinessClock clock,
        IStringLocalizer<LeadsModule> l, ProfileQueries profile, TraceModeQueries trace, ContactQueries contacts)
    {
        _contacts = contacts;
        _queries = queries;
        _profile = profile;
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
    public IReadOnlyList<TimelineItem> Timeline => Detail?.Timeline ?? [];
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

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.MergedIntoAsync(id, ct) is { } survivor)
        {
            return RedirectToPage(new { id = survivor });
        }
        Detail = await _queries.DetailAsync(id, ct);
        if (Detail is null)
        {
            return NotFound();
        }
        ProductLines = await _queries.ProductLinesAsync(ct);
        Profile = await _profile.FormAsync(id, ct);
        Contacts = await _contacts.ListAsync(id, ct) is { } list ? new ContactsPanel { List = list } : null;
        TraceMode = await _trace.MineAsync(ct);
        return Page();
    }

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
