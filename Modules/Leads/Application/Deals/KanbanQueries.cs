using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// The deal kanban, bounded whatever the number of deals: per stage the true count and amount (one GROUP BY) and the
/// first <see cref="PageSize"/> cards in the <see cref="KanbanOrder"/> (by when the deal entered its stage: the latest
/// first, so a move shows on every board, or the longest first; a deal has no expected close date to sort by); "load
/// more" continues after the last card shown (keyset on StageEnteredAt, Id). Always filtered in the database to the owners the viewer may see (<see cref="KanbanScope"/>).
/// </summary>
internal sealed class KanbanQueries(
    LeadsDbContext db, RecordAccess access, IOrganisation organisation, PipelineQueries pipelines, IClock clock)
{
    public const int PageSize = 20;

    /// <summary>The viewer's visibility narrowed by the filter: an owner or team outside it shows nothing.</summary>
    public async Task<KanbanScope> ScopeAsync(KanbanFilter filter, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        IEnumerable<Guid>? owners = visibility.All ? null : visibility.Owners;
        if (filter.Owner is { } owner)
        {
            owners = visibility.CanSee(owner) ? [owner] : [];
        }
        if (filter.Team is { } team)
        {
            var members = (await organisation.ActiveUsersAsync(ct)).Where(u => u.TeamId == team).Select(u => u.Id);
            owners = owners is null ? members : owners.Intersect(members);
        }
        return new KanbanScope(owners?.ToHashSet());
    }

    /// <summary>The filters' choices: the salespeople and the teams the viewer may see.</summary>
    public async Task<KanbanFilterOptions> FilterOptionsAsync(CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var owners = (await access.AssignableAsync(ct)).Select(u => (u.Id, u.DisplayName)).ToList();
        var teams = (await organisation.ActiveUsersAsync(ct))
            .Where(u => u.TeamId is not null && visibility.CanSee(u.Id))
            .Select(u => (Id: u.TeamId!.Value, Name: u.TeamName ?? "?")).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        return new KanbanFilterOptions(owners, teams);
    }

    /// <summary>The board of one scope: per stage its count, amount and first cards.</summary>
    public async Task<KanbanSnapshot> SnapshotAsync(KanbanScope scope, KanbanOrder order, CancellationToken ct)
    {
        var pipeline = await pipelines.DefaultAsync(ct);
        if (pipeline is null)
        {
            return KanbanSnapshot.Empty;
        }
        var open = Open(scope, pipeline.Id);
        var totals = await open.GroupBy(d => d.StageId)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Amount = g.Sum(d => d.ExpectedAmount) })
            .ToDictionaryAsync(t => t.Stage, ct);
        var pages = new List<(Stage Stage, List<Deal> Deals)>();
        foreach (var stage in pipeline.Ordered)
        {
            var deals = totals.ContainsKey(stage.Id) ? await Page(open.Where(d => d.StageId == stage.Id), order, null).ToListAsync(ct) : [];
            pages.Add((stage, deals));
        }
        var cards = await CardsAsync(pipeline, pages.SelectMany(p => p.Deals).ToList(), ct);
        var columns = pages.Select(p =>
        {
            var total = totals.GetValueOrDefault(p.Stage.Id);
            var count = total?.Count ?? 0;
            return Column(p.Stage, count, total?.Amount ?? 0m, p.Deals, cards, count - p.Deals.Count);
        }).ToList();
        return new KanbanSnapshot(pipeline.Name, columns);
    }

    /// <summary>The next cards of one stage's column after <paramref name="after"/>, and how many follow them.</summary>
    public async Task<KanbanColumn?> MoreAsync(
        KanbanScope scope, KanbanOrder order, Guid stageId, KanbanCursor after, CancellationToken ct)
    {
        var pipeline = await pipelines.DefaultAsync(ct);
        if (pipeline?.Ordered.FirstOrDefault(s => s.Id == stageId) is not { } stage)
        {
            return null;
        }
        var column = Open(scope, pipeline.Id).Where(d => d.StageId == stageId);
        var deals = await Page(column, order, after).ToListAsync(ct);
        var more = deals.Count < PageSize ? 0 : await After(column, order, Cursor(deals[^1])).CountAsync(ct);
        return Column(stage, 0, 0m, deals, await CardsAsync(pipeline, deals, ct), more);
    }

    private IQueryable<Deal> Open(KanbanScope scope, Guid pipelineId) =>
        scope.Apply(db.Deals.AsNoTracking().Where(d => d.Status == DealStatus.Open && d.PipelineId == pipelineId));

    private static IQueryable<Deal> Page(IQueryable<Deal> column, KanbanOrder order, KanbanCursor? after)
    {
        var rest = after is { } cursor ? After(column, order, cursor) : column;
        var ordered = order == KanbanOrder.Stalled
            ? rest.OrderBy(d => d.StageEnteredAt).ThenBy(d => d.Id)
            : rest.OrderByDescending(d => d.StageEnteredAt).ThenByDescending(d => d.Id);
        return ordered.Take(PageSize);
    }

    private static IQueryable<Deal> After(IQueryable<Deal> column, KanbanOrder order, KanbanCursor cursor) => order == KanbanOrder.Stalled
        ? column.Where(d => d.StageEnteredAt > cursor.StageEnteredAt || (d.StageEnteredAt == cursor.StageEnteredAt && d.Id > cursor.Id))
        : column.Where(d => d.StageEnteredAt < cursor.StageEnteredAt || (d.StageEnteredAt == cursor.StageEnteredAt && d.Id < cursor.Id));

    private static KanbanCursor Cursor(Deal deal) => new(deal.StageEnteredAt, deal.Id);

    private static KanbanColumn Column(
        Stage stage, int count, decimal amount, List<Deal> deals, IReadOnlyDictionary<Guid, DealCard> cards, int more) =>
        new(stage.Id, stage.Name, count, amount, deals.Select(d => cards[d.Id]).ToList(), more,
            more > 0 && deals.Count > 0 ? Cursor(deals[^1]) : null);

    /// <summary>The cards of a few deals: their customers' names in one query, owners from the directory.</summary>
    private async Task<Dictionary<Guid, DealCard>> CardsAsync(Pipeline pipeline, List<Deal> deals, CancellationToken ct)
    {
        var customerIds = deals.Select(d => d.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var names = await access.NamesAsync(ct);
        var now = clock.GetCurrentInstant();
        var stages = pipeline.Stages.ToDictionary(s => s.Id);
        return deals.ToDictionary(d => d.Id, d =>
        {
            var days = (int)d.TimeInStage(now).TotalDays;
            var dwell = stages.TryGetValue(d.StageId, out var stage) ? stage.DwellAt(days) : StageDwell.Normal;
            return new DealCard(d.Id, d.StageId, d.Title, customers.GetValueOrDefault(d.CustomerId, "?"), d.ExpectedAmount, days,
                d.CanQuote, names.GetValueOrDefault(d.OwnerId, "—"), dwell, d.Version);
        });
    }
}
