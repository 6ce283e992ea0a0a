using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Leads.Application.Tasks;

/// <summary>Open stage tasks for the user's roles and those assigned to the user by name (managers: all), oldest first.</summary>
internal sealed class StageTaskQueries(LeadsDbContext db, RecordAccess access, BusinessClock clock, IOrganisation organisation)
{
    public async Task<IReadOnlyList<TaskRow>> OpenAsync(int take, CancellationToken ct)
    {
        var query = db.StageTasks.AsNoTracking().Where(t => t.DoneAt == null);
        if (!access.IsManager)
        {
            var roles = LeadsModule.AccessRoles.Where(access.IsInRole).ToList();
            var me = access.UserId;
            query = query.Where(t => t.AssigneeId == me || (t.AssigneeId == null && roles.Contains(t.Role)));
        }
        var tasks = await query.OrderBy(t => t.CreatedAt).Take(take).ToListAsync(ct);
        var dealIds = tasks.Select(t => t.DealId).Distinct().ToList();
        var customerIds = tasks.Select(t => t.CustomerId).Distinct().ToList();
        var deals = await db.Deals.AsNoTracking().Where(d => dealIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.Name, c.Code }, ct);
        var people = new Dictionary<Guid, string>();
        foreach (var person in tasks.Where(t => t.AssigneeId is not null).Select(t => t.AssigneeId!.Value).Distinct())
        {
            people[person] = (await organisation.FindUserAsync(person, ct))?.DisplayName ?? "?";
        }
        var now = clock.Now;
        return tasks.Select(t =>
        {
            var customer = customers.GetValueOrDefault(t.CustomerId);
            return new TaskRow(t.Id, t.Role, t.Title, t.Details, deals.GetValueOrDefault(t.DealId, "?"), customer?.Name ?? "?",
                customer?.Code ?? "", (int)(now - t.CreatedAt).TotalDays, clock.Format(t.CreatedAt), t.Version,
                t.AssigneeId is { } a ? people[a] : null, t.DueAt is { } due ? clock.Format(due) : null, t.IsOverdue(now),
                t.EscalationLevel);
        }).ToList();
    }
}
