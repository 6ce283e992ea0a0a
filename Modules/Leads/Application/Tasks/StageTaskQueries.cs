using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Leads.Application.Tasks;

/// <summary>Open stage tasks for the user's roles (managers: all), oldest first.</summary>
internal sealed class StageTaskQueries(LeadsDbContext db, RecordAccess access, BusinessClock clock)
{
    public async Task<IReadOnlyList<TaskRow>> OpenAsync(int take, CancellationToken ct)
    {
        var query = db.StageTasks.AsNoTracking().Where(t => t.DoneAt == null);
        if (!access.IsManager)
        {
            var roles = LeadsModule.TaskRoles.Where(access.IsInRole).ToList();
            query = query.Where(t => roles.Contains(t.Role));
        }
        var tasks = await query.OrderBy(t => t.CreatedAt).Take(take).ToListAsync(ct);
        var dealIds = tasks.Select(t => t.DealId).Distinct().ToList();
        var customerIds = tasks.Select(t => t.CustomerId).Distinct().ToList();
        var deals = await db.Deals.AsNoTracking().Where(d => dealIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.Name, c.Code }, ct);
        var now = clock.Now;
        return tasks.Select(t =>
        {
            var customer = customers.GetValueOrDefault(t.CustomerId);
            return new TaskRow(t.Id, t.Role, t.Title, t.Details, deals.GetValueOrDefault(t.DealId, "?"), customer?.Name ?? "?",
                customer?.Code ?? "", (int)(now - t.CreatedAt).TotalDays, clock.Format(t.CreatedAt), t.Version);
        }).ToList();
    }
}
