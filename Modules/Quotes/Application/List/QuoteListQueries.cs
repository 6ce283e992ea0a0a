using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Specification;

namespace SalesSuite.Quotes.Application.List;

/// <summary>
/// The quotes list of <c>/Quotes</c>: the quotes the viewer may see (ADR 0013, filtered in the database), filtered, in
/// pages of <see cref="PageSize"/> by keyset, with counts per status that stop at <see cref="CountCap"/>. The counts, the
/// first page of each filter and the viewer's roles that steps carry are cached per change stamp (<see cref="QuoteStampQueries"/>).
/// </summary>
internal sealed class QuoteListQueries(QuotesDbContext db, RecordAccess access, QuoteStampQueries stamp, StampedCache<QuotesModule> cache)
{
    public const int PageSize = 50;
    public const int CountCap = 1000;
    public const int MaxExportRows = 50_000;

    /// <summary>The viewer's roles that some step carries, probed once per request (the page and its counts both filter).</summary>
    private List<string>? _roles;

    /// <summary>A page of the list; the first one is shared by every viewer with the same key until the quotes change.</summary>
    public async Task<QuoteListPage> PageAsync(QuoteListFilter filter, string? after, CancellationToken ct)
    {
        var (query, key) = await FilteredAsync(filter, ct);
        if (after is null)
        {
            var first = "|sort:" + filter.Sort.ToString() + "|" + key; // the free text stays last
            return await cache.GetAsync(
                "FirstPage", await stamp.TokenAsync(ct), first, () => PageOfAsync(query, filter, null, CancellationToken.None));
        }
        return await PageOfAsync(query, filter, after, ct);
    }

    private static async Task<QuoteListPage> PageOfAsync(IQueryable<Quote> query, QuoteListFilter filter, string? after, CancellationToken ct)
    {
        var rows = await Rows(query.After(filter.Sort, after).Sorted(filter.Sort)).Take(PageSize + 1).ToListAsync(ct);
        return rows.Count > PageSize
            ? new QuoteListPage(rows.GetRange(0, PageSize), QuoteKeyset.CursorOf(rows[PageSize - 1], filter.Sort))
            : new QuoteListPage(rows, null);
    }

    /// <summary>
    /// Per status, how many quotes the filter (its status aside) lets the viewer see: each count reads at most
    /// <see cref="CountCap"/> + 1 index entries, so a big list says "1,000+" instead of counting 100,000 rows per request.
    /// The six counts are computed once per change stamp of the quotes (<see cref="QuoteChanges"/>) and per what they
    /// depend on (<see cref="CountKeyAsync"/>), then shared: a request reads the stamp (one primary-key row), and a new
    /// quote, a decision or a hand-over changes the stamp in its own transaction, so the next request counts afresh.
    /// </summary>
    public async Task<IReadOnlyList<(QuoteStatus Status, BoundedCount Count)>> CountsAsync(QuoteListFilter filter, CancellationToken ct)
    {
        var unfiltered = filter with { Status = null };
        var (query, key) = await FilteredAsync(unfiltered, ct);
        var counts = await cache.GetAsync("StatusCounts", await stamp.TokenAsync(ct), key, () => CountAsync(query, CancellationToken.None));
        return counts.Counts;
    }

    private static async Task<StatusCounts> CountAsync(IQueryable<Quote> query, CancellationToken ct)
    {
        var counts = new List<(QuoteStatus, BoundedCount)>();
        foreach (var status in Enum.GetValues<QuoteStatus>())
        {
            var counted = await query.Where(q => q.Status == status).Take(CountCap + 1).CountAsync(ct);
            counts.Add((status, BoundedCount.Of(counted, CountCap)));
        }
        return new StatusCounts(counts);
    }

    /// <summary>The filtered list for the CSV, at most <see cref="MaxExportRows"/> (+1 to tell that there were more), with net amounts.</summary>
    public async Task<List<(QuoteListRow Row, decimal Net)>> ExportAsync(QuoteListFilter filter, CancellationToken ct)
    {
        var query = (await FilteredAsync(filter, ct)).Query.Sorted(filter.Sort).Take(MaxExportRows + 1);
        var rows = await query.Select(q => new { q.Id, q.Number, q.CustomerName, q.Title, q.Status, q.CurrentVersionLabel, q.ValidUntil,
            q.OwnerId, q.UpdatedAt, q.LinesJson }).ToListAsync(ct);
        return rows.Select(q => (new QuoteListRow(q.Id, q.Number, q.CustomerName, q.Title, q.Status, q.CurrentVersionLabel, q.ValidUntil,
            q.OwnerId, q.UpdatedAt), QuoteTotals.Of(QuoteJson.ReadLines(q.LinesJson)).Net)).ToList();
    }

    /// <summary>
    /// The filtered list and a key naming everything its rows depend on besides the data: whose quotes the viewer sees
    /// (all, or the owners of their visibility), the roles that reach quotes through a step, and the filter as applied.
    /// </summary>
    private async Task<(IQueryable<Quote> Query, string Key)> FilteredAsync(QuoteListFilter filter, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        List<string> roles = visibility.All ? [] : _roles ??= await RolesWithStepsAsync(ct);
        var query = db.Quotes.AsNoTracking().WithSpecification(new QuotesVisibleToSpec(visibility, roles));
        var key = new StringBuilder(visibility.All ? "all" : string.Join(',', visibility.Owners.Order()))
            .Append('|').AppendJoin(',', roles.Order(StringComparer.Ordinal));
        if (filter.Status is { } status)
        {
            query = query.Where(q => q.Status == status);
            key.Append("|s:").Append(status);
        }
        if (filter.Owner is { } owner && access.IsManager)
        {
            query = query.Where(q => q.OwnerId == owner); // on top of the visibility: a manager narrows, never widens
            key.Append("|o:").Append(owner);
        }
        if (filter.Search is { } search)
        {
            query = query.Where(q => q.Number.Contains(search) || q.CustomerCode.Contains(search) || q.CustomerName.Contains(search));
            key.Append("|q:").Append(search); // last, so the free text cannot imitate another part of the key
        }
        return (query, key.ToString());
    }

    /// <summary>
    /// The viewer's roles that some approval step carries (one index probe each). A role no step has can match no
    /// quote, so leaving it out returns the same rows, and a salesperson's list is then driven by the owner index alone.
    /// </summary>
    private async Task<List<string>> RolesWithStepsAsync(CancellationToken ct)
    {
        var mine = access.RolesOf();
        return await cache.GetAsync(
            "RolesWithSteps", await stamp.TokenAsync(ct), string.Join(',', mine), () => ProbeAsync(mine, CancellationToken.None));
    }

    private async Task<List<string>> ProbeAsync(IReadOnlyList<string> mine, CancellationToken ct)
    {
        var roles = new List<string>();
        foreach (var role in mine)
        {
            if (await db.ApprovalSteps.AnyAsync(s => s.Role == role, ct))
            {
                roles.Add(role);
            }
        }
        return roles;
    }

    private static IQueryable<QuoteListRow> Rows(IQueryable<Quote> query) => query.Select(q => new QuoteListRow(
        q.Id, q.Number, q.CustomerName, q.Title, q.Status, q.CurrentVersionLabel, q.ValidUntil, q.OwnerId, q.UpdatedAt));
}
