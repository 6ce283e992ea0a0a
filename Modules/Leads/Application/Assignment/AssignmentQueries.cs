using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Leads.Domain.Specifications;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Specification;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Leads.Application.Assignment;

/// <summary>The allocation log the reader may see (filtered in the database), with scores and deviations.</summary>
internal sealed class AssignmentQueries(LeadsDbContext db, RecordAccess access, BusinessClock clock)
{
    public const int LogRows = 100;
    public const int StreakDays = 3;

    public async Task<AssignmentOverview> OverviewAsync(CancellationToken ct)
    {
        var rules = await db.AssignmentRules.AsNoTracking().OrderBy(r => r.Source).ToListAsync(ct);
        var names = await access.NamesAsync(ct);
        string Name(Guid id) => names.TryGetValue(id, out var n) ? n : "—";
        var visibility = await access.VisibilityAsync(ct);
        var entries = await db.Allocations.AsNoTracking().VisibleTo(visibility, a => a.ToUserId)
            .WithSpecification(new RecentAllocationsSpec()).ToListAsync(ct);
        var leadIds = entries.Take(LogRows).Select(e => e.LeadId).Distinct().ToList();
        var leads = await db.Leads.AsNoTracking().Where(l => leadIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Company, ct);
        var log = entries.Take(LogRows).Select(e => new AllocationRow(
            e.At, leads.GetValueOrDefault(e.LeadId, "?"), Name(e.ToUserId), e.ByRule, e.TotalScore,
            JsonSerializer.Deserialize<List<AssignmentScore>>(e.ScoresJson) ?? [], e.Reason, e.Industry, e.IndustryMatched)).ToList();
        var deviations = AllocationDeviations
            .NonTargetStreaks(entries.Select(e => (e.ToUserId, e.ByRule, e.IndustryMatched, e.At)), clock.Zone, StreakDays)
            .Select(d => (Name(d.UserId), d.Days, d.Until.ToString("yyyy-MM-dd", null))).ToList();
        var paused = await db.PausedSalespeople.AsNoTracking().ToListAsync(ct);
        return new AssignmentOverview(rules, log, deviations, paused.Select(p => $"{Name(p.UserId)} ({p.Reason})").ToList());
    }
}
