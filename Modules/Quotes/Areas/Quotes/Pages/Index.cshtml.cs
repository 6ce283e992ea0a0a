using System.Globalization;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Quotes.Application.Escalation;
using SalesSuite.Quotes.Application.List;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>
/// The work queue: the steps waiting for my decision (most urgent first, counted, in pages), my escalations, then the
/// quotes I may see (own / team / all, or with a step for my role) in keyset pages of 50 with filters and sort in the URL.
/// htmx loads the next page of either list and swaps the list when a filter changes; without JavaScript the links do.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly QuoteListQueries _list;
    private readonly ApprovalQueueQueries _queue;
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly EscalationQueries _escalations;

    internal IndexModel(
        QuoteListQueries list, ApprovalQueueQueries queue, RecordAccess access, BusinessClock clock, EscalationQueries escalations)
    {
        _list = list;
        _queue = queue;
        _access = access;
        _clock = clock;
        _escalations = escalations;
    }

    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    internal QuoteListFilter Filter { get; private set; } = QuoteListFilter.Parse(null, null, null, null);
    internal QuoteListPage List { get; private set; } = new([], null);
    internal IReadOnlyList<(QuoteStatus Status, BoundedCount Count)> Counts { get; private set; } = [];
    internal ApprovalQueue Queue { get; private set; } = new([], 0, 0, null);
    internal IReadOnlyList<OrgUser> Owners { get; private set; } = [];
    internal IReadOnlyList<EscalationTodo> Escalations { get; private set; } = [];
    internal bool Continued { get; private set; }
    internal const int TodosShown = 10;
    internal Instant Now => _clock.Now;
    internal bool CanCreate => _access.IsInRole(Roles.Salesperson);

    internal string Name(Guid? id) => Names.NameOf(id);

    private RowLinks? _details;

    /// <summary>A quote's page: one route lookup per page, then each row's id put in (up to 70 rows link).</summary>
    internal string DetailsUrl(Guid quoteId) =>
        (_details ??= new RowLinks(Url.Page("/Details", new { id = RowLinks.Marker })
            ?? throw new InvalidOperationException("No route to /Details."))).For(quoteId);

    /// <summary>The list's URL with the current filters (and <paramref name="change"/> applied), for a handler and a cursor.</summary>
    internal string? ListUrl(string? handler = null, string? after = null, Func<QuoteListFilter, QuoteListFilter>? change = null)
    {
        var f = change is null ? Filter : change(Filter);
        return Url.Page("/Index", handler, new
        {
            status = f.Status?.ToString(),
            owner = f.Owner,
            q = f.Search,
            sort = f.Sort == QuoteSort.Updated ? null : f.Sort.ToString(),
            after,
        });
    }

    public async Task<IActionResult> OnGetAsync(string? status, Guid? owner, string? q, string? sort, string? after, CancellationToken ct)
    {
        Filter = QuoteListFilter.Parse(status, owner, q, sort);
        Continued = !string.IsNullOrEmpty(after);
        await LoadListAsync(after, ct);
        Response.Headers.Vary = "HX-Request";
        if (Request.IsHtmx() && !Request.IsHtmxHistoryRestoreRequest())
        {
            return Partial("_List", this);
        }
        Queue = await _queue.QueueAsync(Now, null, ct);
        Escalations = await _escalations.MineAsync(TodosShown + 1, ct);
        return Page();
    }

    /// <summary>htmx "show more": the next page of the list as table rows (and the next "more" row).</summary>
    public async Task<IActionResult> OnGetRowsAsync(string? status, Guid? owner, string? q, string? sort, string? after, CancellationToken ct)
    {
        Filter = QuoteListFilter.Parse(status, owner, q, sort);
        Names = await _access.NamesAsync(ct);
        List = await _list.PageAsync(Filter, after, ct);
        return Partial("_ListRows", this);
    }

    /// <summary>htmx "show more" of the approval queue.</summary>
    public async Task<IActionResult> OnGetQueueAsync(string? after, CancellationToken ct)
    {
        Names = await _access.NamesAsync(ct);
        Queue = await _queue.QueueAsync(Now, after, ct);
        return Partial("_QueueRows", this);
    }

    /// <summary>The filtered list as Excel opens it (the kernel's CSV: UTF-8 with BOM, formulas neutralised), at most 50,000 rows.</summary>
    public async Task<IActionResult> OnGetCsvAsync(
        string? status, Guid? owner, string? q, string? sort, [FromServices] IStringLocalizer<QuotesModule> l, CancellationToken ct)
    {
        Filter = QuoteListFilter.Parse(status, owner, q, sort);
        Names = await _access.NamesAsync(ct);
        var rows = await _list.ExportAsync(Filter, ct);
        string[] header =
        [
            l["Quote_Number"], l["Quote_Customer"], l["Quote_Title"], l["Quote_Status"], l["Quote_Version"], l["Quote_ValidUntil"],
            l["Quote_Owner"], l["Totals_Net"],
        ];
        var lines = rows.Take(QuoteListQueries.MaxExportRows).Select(x => (IReadOnlyList<object?>)
        [
            x.Row.Number, x.Row.CustomerName, x.Row.Title, l[ResourceKeys.Status(x.Row.Status)].Value, x.Row.VersionLabel,
            x.Row.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Name(x.Row.OwnerId), x.Net,
        ]);
        var truncated = rows.Count > QuoteListQueries.MaxExportRows ? l["Index_CsvTruncated", QuoteListQueries.MaxExportRows].Value : null;
        return this.Csv("quotes", _clock.Today, header, lines, truncated);
    }

    private async Task LoadListAsync(string? after, CancellationToken ct)
    {
        Names = await _access.NamesAsync(ct);
        List = await _list.PageAsync(Filter, after, ct);
        Counts = await _list.CountsAsync(Filter, ct);
        if (_access.IsManager)
        {
            Owners = await _access.AssignableAsync(ct);
        }
    }
}
