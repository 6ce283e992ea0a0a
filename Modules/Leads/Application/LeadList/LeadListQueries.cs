using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Leads.Domain.Specifications;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Specification;

namespace SalesSuite.Leads.Application.LeadList;

/// <summary>
/// Claimed and assigned leads the reader may see (own, team, all: the visibility filter in the database), a page of
/// <see cref="PageSize"/> at a time by keyset (the last row's sort key and id, never an offset), so every page costs
/// the same on a million leads. Indexes: <c>(OwnerId, ClaimedAt, Id, Status, Source)</c> for one person or a team,
/// <c>(ClaimedAt, Id, Status, Source, OwnerId)</c> for those who see all, <c>(Status, Source)</c> for the counts;
/// the few expiring claims come from <c>(Status, ReleaseDeadline)</c>.
/// </summary>
internal sealed class LeadListQueries(LeadsDbContext db, RecordAccess access)
{
    public const int PageSize = 50;

    /// <summary>Counts stop here ("10,000+"): each count reads at most this many index entries.</summary>
    public const int CountBound = 10_000;

    public static LeadListSort SortOf(LeadListFilter filter) =>
        Enum.TryParse<LeadListSort>(filter.Sort, true, out var sort) && Enum.IsDefined(sort) ? sort : LeadListSort.Deadline;

    public static LeadStatus? StatusOf(LeadListFilter filter) =>
        Enum.TryParse<LeadStatus>(filter.Status, true, out var s) && s is LeadStatus.Claimed or LeadStatus.Assigned ? s : null;

    /// <summary>The page after <paramref name="after"/> (the first page when null).</summary>
    public async Task<LeadListPage> PageAsync(LeadListFilter filter, LeadListCursor? after, CancellationToken ct)
    {
        var leads = await ListedAsync(filter, ct);
        var sort = SortOf(filter);
        var rows = sort switch
        {
            LeadListSort.Recent => await Project(ByClaimDescending(leads, after)).Take(PageSize + 1).ToListAsync(ct),
            LeadListSort.Oldest => await Project(ByClaimAscending(leads, after)).Take(PageSize + 1).ToListAsync(ct),
            _ => await ByDeadlineAsync(leads, after, ct),
        };
        var more = rows.Count > PageSize;
        var shown = more ? rows.Take(PageSize).ToList() : rows;
        return new LeadListPage(shown, more ? LeadListCursor.After(sort, shown[^1]).Encode() : null);
    }

    /// <summary>Claimed and assigned under the scope and the source / owner filters (the status filter is the tab).</summary>
    public async Task<LeadListCounts> CountsAsync(LeadListFilter filter, CancellationToken ct)
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

    private static Task<int> Count(IQueryable<Lead> leads, CancellationToken ct) => leads.Take(CountBound + 1).CountAsync(ct);

    /// <summary>The expiring claims first (few: at most the claim limit per person), then the rest newest claim first.</summary>
    private static async Task<List<LeadListRow>> ByDeadlineAsync(IQueryable<Lead> leads, LeadListCursor? after, CancellationToken ct)
    {
        List<LeadListRow> rows = after is { ByClaim: true } ? [] : await Project(Expiring(leads, after)).Take(PageSize + 1).ToListAsync(ct);
        if (rows.Count <= PageSize)
        {
            var rest = leads.Where(l => l.ReleaseDeadline == null);
            rows.AddRange(await Project(ByClaimDescending(rest, after is { ByClaim: true } ? after : null))
                .Take(PageSize + 1 - rows.Count).ToListAsync(ct));
        }
        return rows;
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

    /// <summary>What the reader may see (exactly the visibility rule), narrowed to one owner when asked.</summary>
    private async Task<IQueryable<Lead>> ScopedAsync(LeadListFilter filter, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var leads = db.Leads.AsNoTracking().VisibleTo(visibility, l => l.OwnerId);
        return filter.Owner is { } owner ? leads.Where(l => l.OwnerId == owner) : leads;
    }
}
