using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Overdue;

/// <summary>
/// The read side of overdue work. "Overdue" is computed, never stored: not paid and due before the business day
/// (<see cref="Receivable.DaysOverdue"/>); lists are filtered in the database by the reader's visibility.
/// </summary>
internal sealed class OverdueQueries(CollectionsDbContext db, OverdueAccess access, CollectionsAccess collections, BusinessClock business)
{
    public const int PageSize = 200;

    /// <summary>Not paid and due before <paramref name="today"/>; the status test is spelled out so the (Status, DueDate) index seeks.</summary>
    public static IQueryable<Receivable> Overdue(IQueryable<Receivable> receivables, LocalDate today) =>
        receivables.Where(r => (r.Status == ReceivableStatus.Open || r.Status == ReceivableStatus.Reported
                || r.Status == ReceivableStatus.AwaitingReceipt)
            && r.DueDate != null && r.DueDate < today);

    /// <summary>The reader's visible overdue items, most overdue first, with the totals of all of them.</summary>
    public async Task<OverdueSummary> ListAsync(bool untaggedOnly, CancellationToken ct)
    {
        var today = business.Today;
        var visible = Overdue(db.Receivables.AsNoTracking(), today).VisibleTo(await collections.VisibilityAsync(ct), r => r.OwnerId);
        var totals = await visible
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Untagged = g.Count(r => r.OverdueReasonId == null), Amount = g.Sum(r => r.Amount - r.PaidAmount) })
            .FirstOrDefaultAsync(ct);
        var rows = await (untaggedOnly ? visible.Where(r => r.OverdueReasonId == null) : visible)
            .OrderBy(r => r.DueDate).ThenBy(r => r.Id)
            .Take(PageSize)
            .Select(r => new
            {
                r.Id, r.Title, r.OwnerId, r.Amount, r.PaidAmount, r.Currency, r.DueDate, r.OverdueReasonText, r.UntaggedEscalatedAt,
                Number = db.Contracts.Where(c => c.Id == r.ContractId).Select(c => c.Number).FirstOrDefault(),
                Customer = db.Customers.Where(c => c.CustomerId == r.CustomerId).Select(c => c.Name).FirstOrDefault(),
                Reason = db.OverdueReasons.Where(o => o.Id == r.OverdueReasonId).Select(o => o.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var names = await collections.Records.NamesAsync(ct);
        var me = collections.UserId;
        var items = rows.Select(r => new OverdueItem(
            r.Id, r.Title, r.Number ?? string.Empty, r.Customer, r.OwnerId, r.OwnerId == me ? null : names.GetValueOrDefault(r.OwnerId),
            r.Amount - r.PaidAmount,
            r.Currency, r.DueDate!.Value, Period.Between(r.DueDate.Value, today, PeriodUnits.Days).Days, r.Reason, r.OverdueReasonText,
            r.UntaggedEscalatedAt is not null)).ToList();
        return new OverdueSummary(items, totals?.Count ?? 0, totals?.Untagged ?? 0, totals?.Amount ?? 0m);
    }

    /// <summary>The panel of one milestone, or null when the reader may not see it (the page answers 404).</summary>
    public async Task<OverduePanelView?> PanelAsync(Guid receivableId, CancellationToken ct)
    {
        var r = await db.Receivables.AsNoTracking().FirstOrDefaultAsync(x => x.Id == receivableId, ct);
        if (r is null || !await access.CanSeeAsync(r.OwnerId, ct))
        {
            return null;
        }
        var today = business.Today;
        var number = await db.Contracts.Where(c => c.Id == r.ContractId).Select(c => c.Number).FirstOrDefaultAsync(ct);
        var customer = await db.Customers.Where(c => c.CustomerId == r.CustomerId).Select(c => c.Name).FirstOrDefaultAsync(ct);
        var reasonName = r.OverdueReasonId is { } id
            ? await db.OverdueReasons.Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(ct) : null;
        var canTag = !r.IsPaid && await access.CanTagAsync(r.OwnerId, ct);
        var tasks = new List<OverdueTaskView>();
        foreach (var t in await CurrentRunAsync(r, ct))
        {
            var canComplete = t.IsOpen && !r.IsPaid && await access.CanCompleteAsync(t.ResponsibleRole, r.OwnerId, ct);
            tasks.Add(new OverdueTaskView(
                t.Id, t.Order, t.Text, t.ResponsibleRole, t.LinkOrTemplate, t.DueOn, !t.IsOpen, t.Version, canComplete, t.IsOpen && t.DueOn < today));
        }
        return new OverduePanelView(
            r.Id, r.Version, r.Title, number ?? string.Empty, customer, r.Outstanding, r.Currency, r.DueDate, r.DaysOverdue(today), r.IsPaid,
            r.OverdueReasonId, reasonName, r.OverdueReasonText, r.ReasonTaggedAt, r.UntaggedEscalatedAt, canTag,
            canTag ? await ReasonOptionsAsync(ct) : [], tasks);
    }

    /// <summary>The active reasons in their configured order (the tag form's select).</summary>
    public async Task<IReadOnlyList<ReasonOption>> ReasonOptionsAsync(CancellationToken ct)
    {
        var reasons = await db.OverdueReasons.AsNoTracking().Where(r => r.Active).OrderBy(r => r.SortOrder).ThenBy(r => r.Name).ToListAsync(ct);
        return reasons.Select(r => new ReasonOption(r.Id, r.Name, r.RequiresText, r.Steps.Count)).ToList();
    }

    /// <summary>Open tasks of the reader's functional roles (Finance, Legal …) on milestones not yet paid, oldest due first.</summary>
    public async Task<IReadOnlyList<RoleTaskRow>> RoleTasksAsync(CancellationToken ct)
    {
        var roles = access.FunctionalRoles();
        if (roles.Count == 0)
        {
            return [];
        }
        var today = business.Today;
        return await db.Tasks.AsNoTracking()
            .Where(t => t.DoneAt == null && t.CancelledAt == null && roles.Contains(t.ResponsibleRole))
            .Join(db.Receivables.Where(r => r.Status != ReceivableStatus.Paid), t => t.ReceivableId, r => r.Id, (t, r) => new { t, r })
            .OrderBy(x => x.t.DueOn).ThenBy(x => x.t.Order)
            .Take(PageSize)
            .Select(x => new RoleTaskRow(
                x.t.Id, x.r.Id, x.t.Text, x.t.ResponsibleRole, x.t.LinkOrTemplate, x.t.DueOn, x.t.Version, x.r.Title,
                db.Contracts.Where(c => c.Id == x.r.ContractId).Select(c => c.Number).FirstOrDefault() ?? string.Empty,
                db.Customers.Where(c => c.CustomerId == x.r.CustomerId).Select(c => c.Name).FirstOrDefault(),
                x.t.DueOn < today))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The tasks of the reason tagged now, from its latest start (tasks of one start share their creation time): an earlier
    /// run of the same reason, or the cancelled tasks of a replaced reason, are history, not progress.
    /// </summary>
    private async Task<IReadOnlyList<ReceivableTask>> CurrentRunAsync(Receivable r, CancellationToken ct)
    {
        if (r.OverdueReasonId is not { } reasonId)
        {
            return [];
        }
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.ReceivableId == r.Id && t.ReasonId == reasonId && t.CancelledAt == null)
            .ToListAsync(ct);
        return tasks.GroupBy(t => t.CreatedAt).MaxBy(g => g.Key)?.OrderBy(t => t.Order).ToList() ?? [];
    }
}
