using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Tasks;

/// <summary>Open stage tasks for the user's roles (managers: all), oldest first; "done" checks the role on the server.</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly BusinessClock _clock;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(LeadsDbContext db, LeadsAccess access, BusinessClock clock, IOperationContext operation, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _operation = operation;
        _l = l;
    }

    internal IReadOnlyList<TaskRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDoneAsync(Guid id, CancellationToken ct)
    {
        var task = await _db.StageTasks.FirstOrDefaultAsync(t => t.Id == id && t.DoneAt == null, ct);
        if (task is null)
        {
            return NotFound();
        }
        if (!task.CanComplete(User.IsInRole, _access.IsManager))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        _operation.Begin("StageTask.Done");
        task.Complete(_access.UserId, _clock.Now);
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Answer(_l["Common_StaleEdit"], "warning", 409);
        }
        var text = _l["Tasks_Completed", task.Title].Value;
        if (!Request.IsHtmx())
        {
            TempData.Flash(text, "success");
            return RedirectToPage();
        }
        await LoadAsync(ct);
        return Partial("_Tasks", this);
    }

    private IActionResult Answer(string text, string kind, int status)
    {
        if (!Request.IsHtmx())
        {
            TempData.Flash(text, kind == "warning" ? "warning" : "danger");
            return RedirectToPage();
        }
        var result = Partial("/Areas/Leads/Pages/_Message.cshtml", new Message(text, kind));
        result.StatusCode = status;
        return result;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = _db.StageTasks.AsNoTracking().Where(t => t.DoneAt == null);
        if (!_access.IsManager)
        {
            var roles = LeadsModule.TaskRoles.Where(User.IsInRole).ToList();
            query = query.Where(t => roles.Contains(t.Role));
        }
        var tasks = await query.OrderBy(t => t.CreatedAt).Take(300).ToListAsync(ct);
        var dealIds = tasks.Select(t => t.DealId).Distinct().ToList();
        var customerIds = tasks.Select(t => t.CustomerId).Distinct().ToList();
        var deals = await _db.Deals.AsNoTracking().Where(d => dealIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        var customers = await _db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => new { c.Name, c.Code }, ct);
        var now = _clock.Now;
        Rows = tasks.Select(t => new TaskRow(t.Id, t.Role, t.Title, t.Details, deals.GetValueOrDefault(t.DealId, "?"),
                customers.TryGetValue(t.CustomerId, out var c) ? c.Name : "?", c?.Code ?? "", (int)(now - t.CreatedAt).TotalDays, _clock.Format(t.CreatedAt)))
            .ToList();
    }
}
