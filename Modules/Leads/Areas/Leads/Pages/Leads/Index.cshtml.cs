using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Leads;

/// <summary>Claimed and assigned leads the user may see (own, team, all); release; manager reassignment with a reason.</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly AssignmentService _assignment;
    private readonly BusinessClock _clock;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<LeadsModule> _l;
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();

    internal IndexModel(LeadsDbContext db, LeadsAccess access, AssignmentService assignment, BusinessClock clock, IOperationContext operation, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _access = access;
        _assignment = assignment;
        _clock = clock;
        _operation = operation;
        _l = l;
    }

    internal IReadOnlyList<Lead> Rows { get; private set; } = [];
    public IReadOnlyList<OrgUser> Assignable { get; private set; } = [];
    public bool IsManager => _access.IsManager;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visibility = await _access.VisibilityAsync(ct);
        var query = _db.Leads.AsNoTracking().Where(l => l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned);
        if (!visibility.All)
        {
            var owners = visibility.Owners.ToList();
            query = query.Where(l => l.OwnerId != null && owners.Contains(l.OwnerId.Value));
        }
        Rows = await query.OrderBy(l => l.ReleaseDeadline).ThenByDescending(l => l.ClaimedAt).Take(200).ToListAsync(ct);
        _names = await _access.NamesAsync(ct);
        Assignable = IsManager ? await _access.AssignableAsync(ct) : [];
    }

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken ct)
    {
        var lead = await _db.Leads.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null || !await _access.CanSeeAsync(lead.OwnerId, ct) || lead.Status != LeadStatus.Claimed)
        {
            return NotFound();
        }
        _operation.Begin("Lead.Release");
        var owner = lead.OwnerId!.Value;
        lead.ReleaseToPool();
        _db.Publish(new LeadReleased(Guid.NewGuid(), _clock.Now, _access.UserId, lead.Id, owner, LeadReleaseReason.Manual));
        if (lead.CustomerId is { } customerId)
        {
            _db.AddTimeline(customerId, "Timeline_LeadReleasedManually", _access.UserId, _clock.Now, lead.Company);
        }
        await _db.SaveChangesAsync(ct);
        TempData.Flash(_l["MyLeads_Released", lead.Company], "info");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReassignAsync(Guid id, Guid toUserId, string? reason, CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        var lead = await _db.Leads.FirstOrDefaultAsync(l => l.Id == id, ct);
        var assignable = await _access.AssignableAsync(ct);
        if (lead is null || (lead.OwnerId is not null && !await _access.CanSeeAsync(lead.OwnerId, ct)))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(reason) || assignable.All(p => p.Id != toUserId))
        {
            TempData.Flash(_l["Reassign_ReasonRequired"], "danger");
            return RedirectToPage();
        }
        _operation.Begin("Lead.Reassign");
        _assignment.Override(lead, toUserId, reason.Trim(), _access.UserId);
        await _db.SaveChangesAsync(ct);
        TempData.Flash(_l["Reassign_Done", lead.Company, assignable.First(p => p.Id == toUserId).DisplayName], "success");
        return RedirectToPage();
    }

    public string Name(Guid? id) => id is { } v && _names.TryGetValue(v, out var n) ? n : "—";

    public string Format(Instant at) => _clock.Format(at);
}
