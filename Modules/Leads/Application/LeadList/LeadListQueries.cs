using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Application.Live;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Leads.Domain.Specifications;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Specification;

namespace SalesSuite.Leads.Application.LeadList;

/// <summary>
/// Claimed and assigned leads the reader may see (own, team, all: the visibility filter in the database), a page of
/// <see cref="PageSize"/> at a time by keyset (the last row's sort key and id, never an offset), so every page costs
/// the same on a million leads. A page is one statement: the list is cut into partitions of one status and one owner
/// (or everyone, for those who see all), each partition's next rows are an index seek in the page's order
/// (<c>(OwnerId, Status, ClaimedAt, …)</c>, <c>(Status, ReleaseDeadline, ClaimedAt, …)</c>, <c>(Status, ClaimedAt, …)</c>,
/// <c>(Status, Source, ClaimedAt, …)</c>), and their union is sorted again and cut. Asked as one
/// <c>Status IN (…) AND OwnerId IN (…)</c> query, SQLite's planner sorted every open lead of a team (20,000 rows,
/// 420 ms) or of everyone (400,000 rows, 560 ms) to show 50.
/// The tab counts and the first page are the same for every request of one viewer scope, filter and sort until a lead
/// changes, so they are computed once per change of the pool's stamp (<see cref="BoardStamp.Pool"/>, touched in the
/// transaction of every change to a lead, on any host) and viewer scope (the owners seen), and shared.
/// </summary>
internal sealed class LeadListQueries(
    LeadsDbContext db, RecordAccess access, BoardTokenQueries tokens, StampedCache<LeadsModule> cache)
{
    public const int PageSize = 50;

    private Task<Guid>? _stamp;

    /// <summary>Counts stop here ("10,000+"): each count reads at most this many index entries.</summary>
    public const int CountBound = 10_000;

    public static LeadListSort SortOf(LeadListFilter filter) =>
        Enum.TryParse<LeadListSort>(filter.Sort, true, out var sort) && Enum.IsDefined(sort) ? sort : LeadListSort.Deadline;

    public static LeadStatus? StatusOf(LeadListFilter filter) =>
        Enum.TryParse<LeadStatus>(filter.Status, true, out var s) && s is LeadStatus.Claimed or LeadStatus.Assigned ? s : null;

    /// <summary>The page after <paramref name="after"/> (the first page, shared per change of the leads, when null).</summary>
    public async Task<LeadListPage> PageAsync(LeadListFilter filter, LeadListCursor? after, CancellationToken ct)
    {
        if (after is not null)
        {
            return await ReadPageAsync(filter, after, ct);
        }
        return await SharedAsync("first", filter, () => ReadPageAsync(filter, null, CancellationToken.None), ct);
    }

    /// <summary>Claimed and assigned under the scope and the source / owner filters (the status filter is the tab).</summary>
    public Task<LeadListCounts> CountsAsync(LeadListFilter filter, CancellationToken ct) =>
        SharedAsync("counts", filter, () => CountAsync(filter, CancellationToken.None), ct);

    private async Task<LeadListPage> ReadPageAsync(LeadListFilter filter, LeadListCursor? after, CancellationToken ct)
    {
        var parts = await PartitionsAsync(filter, ct);
        var sort = SortOf(filter);
        var rows = sort switch
        {
            LeadListSort.Recent => await FirstAsync(parts, l => ByClaimDescending(l, after), PageSize + 1, ct),
            LeadListSort.Oldest => await FirstAsync(parts, l => ByClaimAscending(l, after), PageSize + 1, ct),
            _ => await ByDeadlineAsync(parts, after, ct),
        };
        var more = rows.Count > PageSize;
        var shown = more ? rows.Take(PageSize).ToList() : rows;
        return new LeadListPage(shown, more ? LeadListCursor.After(sort, shown[^1]).Encode() : null);
    }

    private async Task<LeadListCounts> CountAsync(LeadListFilter filter, CancellationToken ct)
    {
        var scoped = await ScopedAsync(filter, ct);
        var claimed = await Count(scoped.WithSpecification(new OpenLeadsSpec(LeadStatus.Claimed, filter.Source)), ct);
        var assigned = await Count(scoped.WithSpecification(new OpenLeadsSpec(LeadStatus.Assigned, filter.Source)), ct);
        return new LeadListCounts(claimed, assigned);
    }

    /// <summary>Every row of the filtered list in the page's order, streamed from the database (the CSV export).</summary>
    public async IAsyncEnumerable<LeadListRow> AllAsync(LeadListFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var leads = await ListedAsync(filter, ct);
        IQueryable<LeadListRow>[] parts = SortOf(filter) switch
        {
            LeadListSort.Recent => [Project(ByClaimDescending(leads, null))],
            LeadListSort.Oldest => [Project(ByClaimAscending(leads, null))],
            _ => [Project(Expiring(leads, null)), Project(ByClaimDescending(leads.Where(l => l.ReleaseDeadline == null), null))],
        };
        foreach (var part in parts)
        {
            await foreach (var row in part.AsAsyncEnumerable().WithCancellation(ct))
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// A result computed once per change of the leads and per key: what it is, the owners the viewer sees (all, or the
    /// sorted ids), the filter and the sort. The computation is shared, so it does not follow one request's cancellation.
    /// </summary>
    private async Task<T> SharedAsync<T>(string what, LeadListFilter filter, Func<Task<T>> compute, CancellationToken ct)
        where T : class
    {
        var visibility = await access.VisibilityAsync(ct);
        // Read once per request (the counts and the first page share it), before anything it keys is computed.
        var stamp = await (_stamp ??= tokens.StampAsync(BoardStamp.Pool));
        var owners = visibility.All ? "all" : string.Join(",", visibility.Owners.Order().Select(o => o.ToString("N")));
        var key = string.Join('|', what, owners, filter.Owner?.ToString("N"), filter.Source, StatusOf(filter), SortOf(filter));
        return await cache.GetAsync("LeadList", stamp.ToString("N"), key, compute);
    }

    private static Task<int> Count(IQueryable<Lead> leads, CancellationToken ct) => leads.Take(CountBound + 1).CountAsync(ct);

    /// <summary>The expiring claims first (soonest deadline first), then the rest newest claim first.</summary>
    private async Task<List<LeadListRow>> ByDeadlineAsync(
        IReadOnlyList<IQueryable<Lead>> parts, LeadListCursor? after, CancellationToken ct)
    {
        var rows = after is { ByClaim: true } ? [] : await FirstAsync(parts, l => Expiring(l, after), PageSize + 1, ct);
        if (rows.Count <= PageSize)
        {
            var rest = parts.Select(p => p.Where(l => l.ReleaseDeadline == null)).ToList();
            rows.AddRange(await FirstAsync(
                rest, l => ByClaimDescending(l, after is { ByClaim: true } ? after : null), PageSize + 1 - rows.Count, ct));
        }
        return rows;
    }

    /// <summary>
    /// The first <paramref name="count"/> rows in <paramref name="order"/> (which also applies the keyset) of the union of
    /// <paramref name="parts"/>, in one statement: each part's first keys (an index seek that reads no table row), the
    /// union of them ordered and cut, then only those rows read.
    /// </summary>
    private async Task<List<LeadListRow>> FirstAsync(
        IReadOnlyList<IQueryable<Lead>> parts, Func<IQueryable<Lead>, IQueryable<Lead>> order, int count, CancellationToken ct)
    {
        if (parts.Count == 0 || count <= 0)
        {
            return [];
        }
        var first = order(parts.Select(p => order(p).Take(count)).Aggregate(Queryable.Concat)).Take(count).Select(l => l.Id);
        return await Project(order(db.Leads.AsNoTracking().Where(l => first.Contains(l.Id)))).ToListAsync(ct);
    }

    private static IQueryable<Lead> Expiring(IQueryable<Lead> leads, LeadListCursor? after)
    {
        leads = leads.Where(l => l.ReleaseDeadline != null);
        if (after is { } c)
        {
            leads = leads.Where(l => l.ReleaseDeadline >= c.At && (l.ReleaseDeadline > c.At || l.Id.CompareTo(c.Id) > 0));
        }
        return leads.OrderBy(l => l.ReleaseDeadline).ThenBy(l => l.Id);
    }

    // The keyset as "key <= k AND (key < k OR id < i)": the first term is an index range, the second a residual.
    private static IQueryable<Lead> ByClaimDescending(IQueryable<Lead> leads, LeadListCursor? after)
    {
        if (after is { } c)
        {
            leads = leads.Where(l => l.ClaimedAt <= c.At && (l.ClaimedAt < c.At || l.Id.CompareTo(c.Id) < 0));
        }
        return leads.OrderByDescending(l => l.ClaimedAt).ThenByDescending(l => l.Id);
    }

    private static IQueryable<Lead> ByClaimAscending(IQueryable<Lead> leads, LeadListCursor? after)
    {
        if (after is { } c)
        {
            leads = leads.Where(l => l.ClaimedAt >= c.At && (l.ClaimedAt > c.At || l.Id.CompareTo(c.Id) > 0));
        }
        return leads.OrderBy(l => l.ClaimedAt).ThenBy(l => l.Id);
    }

    private static IQueryable<LeadListRow> Project(IQueryable<Lead> leads) => leads.Select(l => new LeadListRow(
        l.Id, l.Company, l.ContactName, l.Phone, l.Source, l.Status, l.OwnerId, l.ClaimedAt, l.ReleaseDeadline));

    private async Task<IQueryable<Lead>> ListedAsync(LeadListFilter filter, CancellationToken ct) =>
        (await ScopedAsync(filter, ct)).WithSpecification(new OpenLeadsSpec(StatusOf(filter), filter.Source));

    /// <summary>
    /// The list as partitions of one status and one owner the reader may see (one partition per status for those who
    /// see all): together exactly <see cref="ListedAsync"/>'s rows, each small enough to page by an index seek.
    /// </summary>
    private async Task<IReadOnlyList<IQueryable<Lead>>> PartitionsAsync(LeadListFilter filter, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        LeadStatus[] statuses = StatusOf(filter) is { } only ? [only] : [LeadStatus.Claimed, LeadStatus.Assigned];
        IEnumerable<Guid?> owners = filter.Owner is { } owner
            ? visibility.CanSee(owner) ? [owner] : []
            : visibility.All ? [null] : visibility.Owners.Select(o => (Guid?)o);
        return [.. from o in owners from status in statuses select Partition(o, status, filter.Source)];
    }

    private IQueryable<Lead> Partition(Guid? owner, LeadStatus status, string? source)
    {
        var leads = db.Leads.AsNoTracking().WithSpecification(new OpenLeadsSpec(status, source));
        return owner is { } id ? leads.Where(l => l.OwnerId == id) : leads;
    }

    /// <summary>What the reader may see (exactly the visibility rule), narrowed to one owner when asked.</summary>
    private async Task<IQueryable<Lead>> ScopedAsync(LeadListFilter filter, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var leads = db.Leads.AsNoTracking().VisibleTo(visibility, l => l.OwnerId);
        return filter.Owner is { } owner ? leads.Where(l => l.OwnerId == owner) : leads;
    }
}
