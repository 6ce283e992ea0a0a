using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Assignment;

/// <summary>Managers: assignment rules per source (directors edit), run a rule on the pool, the allocation log with scores and deviations.</summary>
public sealed class IndexModel : PageModel
{
    private const int PoolBatch = 50;
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly AssignmentService _assignment;
    private readonly BusinessClock _clock;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(LeadsDbContext db, LeadsAccess access, AssignmentService assignment, BusinessClock clock, IOperationContext operation, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _access = access;
        _assignment = assignment;
        _clock = clock;
        _operation = operation;
        _l = l;
    }

    internal IReadOnlyList<AssignmentRule> Rules { get; private set; } = [];
    public IReadOnlyList<AllocationRow> Log { get; private set; } = [];
    public IReadOnlyList<string> Deviations { get; private set; } = [];
    public IReadOnlyList<string> Paused { get; private set; } = [];
    public bool CanConfigure => _access.CanConfigure;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveRuleAsync(Guid id, int version, bool autoAssign, int industry, int winRate, int load, int days, CancellationToken ct)
    {
        if (!_access.CanConfigure)
        {
            return Forbid();
        }
        var rule = await _db.AssignmentRules.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return NotFound();
        }
        if (!new ScoringWeights(industry, winRate, load).IsValid || days is < 7 or > 365)
        {
            TempData.Flash(_l["Assignment_WeightsInvalid"], "danger");
            return RedirectToPage();
        }
        _db.Entry(rule).Property(r => r.Version).OriginalValue = version;
        (rule.AutoAssign, rule.IndustryWeight, rule.WinRateWeight, rule.LoadWeight, rule.WinRateDays) = (autoAssign, industry, winRate, load, days);
        _operation.Begin("AssignmentRule.Change");
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Flash(_l["Common_StaleEdit"], "danger");
            return RedirectToPage();
        }
        TempData.Flash(_l["Config_Saved"], "success");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRunRuleAsync(Guid id, CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        var rule = await _db.AssignmentRules.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return NotFound();
        }
        var leads = await _db.Leads.Where(l => l.Status == LeadStatus.Pool && l.Source == rule.Source).OrderBy(l => l.CreatedAt).Take(PoolBatch).ToListAsync(ct);
        _operation.Begin("Lead.AssignByRule");
        var assigned = 0;
        foreach (var lead in leads)
        {
            // Each assignment changes loads, so the next ranking sees the previous ones.
            if (await _assignment.AssignByRuleAsync(lead, rule, _access.UserId, ct))
            {
                assigned++;
                await _db.SaveChangesAsync(ct);
            }
        }
        TempData.Flash(_l["Assignment_RunDone", assigned], "success");
        return RedirectToPage();
    }

    public string Format(Instant at) => _clock.Format(at);

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await _db.AssignmentRules.AsNoTracking().OrderBy(r => r.Source).ToListAsync(ct);
        var names = await _access.NamesAsync(ct);
        string Name(Guid id) => names.TryGetValue(id, out var n) ? n : "—";
        var visibility = await _access.VisibilityAsync(ct);
        var entries = (await _db.Allocations.AsNoTracking().OrderByDescending(a => a.At).Take(500).ToListAsync(ct))
            .Where(a => visibility.CanSee(a.ToUserId)).ToList();
        var leadIds = entries.Select(e => e.LeadId).Distinct().ToList();
        var leads = await _db.Leads.AsNoTracking().Where(l => leadIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Company, ct);
        Log = entries.Take(100).Select(e => new AllocationRow(e.At, leads.GetValueOrDefault(e.LeadId, "?"), Name(e.ToUserId), e.ByRule, e.TotalScore,
            JsonSerializer.Deserialize<List<AssignmentScore>>(e.ScoresJson) ?? [], e.Reason, e.Industry, e.IndustryMatched)).ToList();
        Deviations = AllocationDeviations.NonTargetStreaks(entries.Select(e => (e.ToUserId, e.ByRule, e.IndustryMatched, e.At)), _clock.Zone, 3)
            .Select(d => _l["Assignment_Deviation", Name(d.UserId), d.Days, d.Until.ToString("yyyy-MM-dd", null)].Value).ToList();
        var paused = await _db.PausedSalespeople.AsNoTracking().ToListAsync(ct);
        Paused = paused.Select(p => $"{Name(p.UserId)} ({p.Reason})").ToList();
    }
}
