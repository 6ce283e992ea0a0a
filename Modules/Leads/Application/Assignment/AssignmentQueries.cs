using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
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
internal sealed class AssignmentQueries(
    LeadsDbContext db, RecordAccess access, BusinessClock clock, ModuleSettings<LeadsDbContext, RouteSettings> routes)
{
    public const int LogRows = 100;
    public const int TopCount = 3;

    public Task<RouteSettings> RouteSettingsAsync(CancellationToken ct) => routes.ReadAsync(ct);

    /// <summary>
    /// The deviation TOP 3 of <paramref name="day"/> among the allocations the reader may see (the CSV export, and the
    /// day's list on the page): name, consecutive days, non-target leads that day.
    /// </summary>
    public async Task<IReadOnlyList<(string Name, int Days, int Leads)>> TopOfDayAsync(LocalDate day, CancellationToken ct)
    {
        var rule = (await routes.ReadAsync(ct)).Deviation;
        var visibility = await access.VisibilityAsync(ct);
        // The run can be at most as long as the window read: a year back is plenty for a daily list.
        var since = day.PlusDays(-366).AtStartOfDayInZone(clock.Zone).ToInstant();
        var entries = await db.Allocations.AsNoTracking().VisibleTo(visibility, a => a.ToUserId).Where(a => a.At >= since)
            .Select(a => new { a.ToUserId, a.ByRule, a.IndustryMatched, a.At }).ToListAsync(ct);
        var names = await access.NamesAsync(ct);
        return AllocationDeviations.TopOfDay(entries.Select(e => (e.ToUserId, e.ByRule, e.IndustryMatched, e.At)), clock.Zone, rule, day, TopCount)
            .Select(t => (names.TryGetValue(t.UserId, out var n) ? n : "—", t.Days, t.LeadsThatDay)).ToList();
    }

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
        var rule = (await routes.ReadAsync(ct)).Deviation;
        var deviations = AllocationDeviations
            .NonTargetStreaks(entries.Select(e => (e.ToUserId, e.ByRule, e.IndustryMatched, e.At)), clock.Zone, rule)
            .Select(d => (Name(d.UserId), d.Days, d.Until.ToString("yyyy-MM-dd", null))).ToList();
        var paused = await db.PausedSalespeople.AsNoTracking().ToListAsync(ct);
        return new AssignmentOverview(rules, log, deviations, paused.Select(p => $"{Name(p.UserId)} ({p.Reason})").ToList());
    }
}
