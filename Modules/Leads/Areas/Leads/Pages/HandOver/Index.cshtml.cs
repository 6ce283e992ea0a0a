using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.HandOver;

/// <summary>Managers hand one person's customers, open deals, open actions and leads to another in one operation, then see what is left (should be 0).</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly HandOverService _handOver;
    private readonly BusinessClock _clock;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(LeadsDbContext db, LeadsAccess access, HandOverService handOver, BusinessClock clock, IOperationContext operation, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _access = access;
        _handOver = handOver;
        _clock = clock;
        _operation = operation;
        _l = l;
    }

    public IReadOnlyList<OrgUser> People { get; private set; } = [];
    internal HandOverReport? Report { get; private set; }
    public int Remaining { get; private set; }
    public IReadOnlyList<string> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid fromUserId, Guid toUserId, CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        await LoadAsync(ct);
        if (fromUserId == toUserId || People.All(p => p.Id != fromUserId) || People.All(p => p.Id != toUserId))
        {
            TempData.Flash(_l["HandOver_Invalid"], "danger");
            return RedirectToPage();
        }
        _operation.Begin("HandOver");
        Report = await _handOver.HandOverAsync(fromUserId, toUserId, _access.UserId, ct);
        await _db.SaveChangesAsync(ct);
        Remaining = await _handOver.RemainingAsync(fromUserId, ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        People = await _access.AssignableAsync(ct);
        var names = await _access.NamesAsync(ct);
        string Name(Guid id) => names.TryGetValue(id, out var n) ? n : "—";
        var visibility = await _access.VisibilityAsync(ct);
        var recent = await _db.HandOvers.AsNoTracking().OrderByDescending(h => h.At).Take(20).ToListAsync(ct);
        History = recent.Where(h => visibility.CanSee(h.FromUserId))
            .Select(h => _l["HandOver_HistoryLine", _clock.Format(h.At), Name(h.FromUserId), Name(h.ToUserId), h.Customers, h.Deals, h.Actions, h.Leads].Value).ToList();
    }
}
