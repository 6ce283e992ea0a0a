using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Leads.Areas.Leads.Pages;

/// <summary>Landing: the signed-in person's own counts, each linking to the list behind it.</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly BusinessClock _clock;

    internal IndexModel(LeadsDbContext db, LeadsAccess access, BusinessClock clock)
    {
        _db = db;
        _access = access;
        _clock = clock;
    }

    public int MyLeads { get; private set; }
    public int MyDeals { get; private set; }
    public int OverdueActions { get; private set; }
    public int PoolSize { get; private set; }
    public bool IsManager => _access.IsManager;
    public bool CanConfigure => _access.CanConfigure;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = _access.UserId;
        var today = _clock.Today;
        MyLeads = await _db.Leads.CountAsync(l => l.OwnerId == me && (l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned), ct);
        MyDeals = await _db.Deals.CountAsync(d => d.OwnerId == me && d.Status == DealStatus.Open, ct);
        OverdueActions = await _db.NextActions.CountAsync(a => a.OwnerId == me && a.DoneAt == null && a.Due < today, ct);
        PoolSize = await _db.Leads.CountAsync(l => l.Status == LeadStatus.Pool, ct);
    }
}
