using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Leads.Areas.Leads.Pages.Actions;

/// <summary>Open next actions the user may see, overdue first; mark done.</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly BusinessClock _clock;
    private readonly IOperationContext _operation;
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();
    private Dictionary<Guid, string> _customers = [];

    internal IndexModel(LeadsDbContext db, LeadsAccess access, BusinessClock clock, IOperationContext operation)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _operation = operation;
    }

    internal IReadOnlyList<NextAction> Rows { get; private set; } = [];
    public LocalDate Today => _clock.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visibility = await _access.VisibilityAsync(ct);
        var query = _db.NextActions.AsNoTracking().Where(a => a.DoneAt == null);
        if (!visibility.All)
        {
            var owners = visibility.Owners.ToList();
            query = query.Where(a => owners.Contains(a.OwnerId));
        }
        Rows = await query.OrderBy(a => a.Due).Take(300).ToListAsync(ct);
        var ids = Rows.Select(r => r.CustomerId).Distinct().ToList();
        _customers = await _db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        _names = await _access.NamesAsync(ct);
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid id, CancellationToken ct)
    {
        var action = await _db.NextActions.FirstOrDefaultAsync(a => a.Id == id && a.DoneAt == null, ct);
        if (action is null || !await _access.CanSeeAsync(action.OwnerId, ct))
        {
            return NotFound();
        }
        _operation.Begin("NextAction.Done");
        action.Complete(_clock.Now);
        await _db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public string Name(Guid id) => _names.TryGetValue(id, out var n) ? n : "—";

    public string CustomerName(Guid id) => _customers.TryGetValue(id, out var n) ? n : "?";
}
