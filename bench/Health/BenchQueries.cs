using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Bench;

/// <summary>
/// The read-model queries the dashboard and heatmap will run, written here as LINQ over Health's read models and indexes
/// (the pages' query services are being written by other helpers on their own branches): 12 weeks up to this week.
/// </summary>
internal sealed class BenchQueries(HealthDbContext db, LocalDate thisWeek)
{
    private readonly LocalDate _from = thisWeek.PlusWeeks(-11);
    private readonly Instant _since = thisWeek.PlusWeeks(-11).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();

    /// <summary>Heatmap: every step kind/step × team over 12 weeks: samples, total delay, skips, breaches.</summary>
    public async Task<int> HeatmapByTeamAsync(CancellationToken ct) =>
        (await db.Steps.AsNoTracking().Where(s => s.Week >= _from && s.Week <= thisWeek)
            .GroupBy(s => new { s.Kind, s.Step, s.TeamId })
            .Select(g => new { g.Key.Kind, g.Key.Step, g.Key.TeamId, Samples = g.Count(), Delay = g.Sum(x => x.DelayHours),
                Skipped = g.Count(x => x.Skipped), Breached = g.Count(x => x.Breached) })
            .ToListAsync(ct)).Count;

    /// <summary>Heatmap for one team by person (a regional manager's view).</summary>
    public async Task<int> HeatmapByPersonAsync(Guid teamId, CancellationToken ct) =>
        (await db.Steps.AsNoTracking().Where(s => s.Week >= _from && s.Week <= thisWeek && s.TeamId == teamId)
            .GroupBy(s => new { s.Kind, s.Step, s.OwnerId })
            .Select(g => new { g.Key.Kind, g.Key.Step, g.Key.OwnerId, Samples = g.Count(), Delay = g.Sum(x => x.DelayHours),
                Skipped = g.Count(x => x.Skipped), Breached = g.Count(x => x.Breached) })
            .ToListAsync(ct)).Count;

    /// <summary>A heatmap cell's drill-down: the legal approvals of one team, the longest delays first (one page of 50).</summary>
    public async Task<int> DrillDownAsync(Guid teamId, CancellationToken ct) =>
        (await db.Steps.AsNoTracking()
            .Where(s => s.Kind == StepKind.Approval && s.Step == "Legal" && s.Week >= _from && s.Week <= thisWeek && s.TeamId == teamId)
            .OrderByDescending(s => s.DelayHours).Take(50)
            .Select(s => new { s.RecordType, s.RecordId, s.Label, s.DealId, s.OwnerId, s.DurationHours, s.DelayHours })
            .ToListAsync(ct)).Count;

    /// <summary>Stage dwell: durations per stage × team (median, p80, average computed here), skip rate, and the weekly trend.</summary>
    public async Task<int> StageDwellAsync(CancellationToken ct)
    {
        var rows = await db.Steps.AsNoTracking().Where(s => s.Week >= _from && s.Week <= thisWeek && s.Kind == StepKind.Stage)
            .Select(s => new { s.Step, s.TeamId, s.Week, s.DurationHours, s.Skipped }).ToListAsync(ct);
        var cells = rows.GroupBy(r => (r.Step, r.TeamId)).Select(g =>
        {
            var days = g.Where(r => !r.Skipped).Select(r => r.DurationHours / 24).Order().ToArray();
            return (g.Key, Avg: days.DefaultIfEmpty().Average(), Median: Percentile(days, 0.5), P80: Percentile(days, 0.8),
                SkipRate: (double)g.Count(r => r.Skipped) / g.Count());
        }).ToList();
        var trend = rows.Where(r => !r.Skipped).GroupBy(r => (r.Step, r.Week)).Select(g => g.Average(r => r.DurationHours)).ToList();
        return cells.Count + trend.Count;
    }

    /// <summary>Indicator inputs for every team and person over 12 weeks (the health model's counts).</summary>
    public async Task<int> IndicatorInputsAsync(CancellationToken ct)
    {
        var leads = await db.Leads.AsNoTracking().Where(l => l.AssignedAt >= _since)
            .Select(l => new { l.TeamId, l.OwnerId, l.AssignedAt, l.FirstTouchAt, l.NeedConfirmedAt }).ToListAsync(ct);
        var firstTouch = leads.GroupBy(l => l.OwnerId).Select(g => g.Count(l => l.FirstTouchAt - l.AssignedAt <= Duration.FromHours(2))).Sum();
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.Week >= _from && f.Week <= thisWeek)
            .GroupBy(f => new { f.TeamId, f.OwnerId })
            .Select(g => new { g.Key, All = g.Count(), Tagged = g.Count(f => f.Tagged), NoObstacle = g.Count(f => f.NoObstacle) })
            .ToListAsync(ct);
        var corrections = await db.Corrections.AsNoTracking().Where(c => c.Week >= _from && c.Week <= thisWeek)
            .GroupBy(c => new { c.TeamId, c.OwnerId }).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var handOffs = await db.Steps.AsNoTracking()
            .Where(s => s.Week >= _from && s.Week <= thisWeek && (s.Kind == StepKind.HandOff || s.Kind == StepKind.Task))
            .GroupBy(s => new { s.Kind, s.Step, s.TeamId, s.OwnerId })
            .Select(g => new { g.Key, N = g.Count(), Breached = g.Count(x => x.Breached) }).ToListAsync(ct);
        var handOvers = await db.HandOvers.AsNoTracking().Where(h => h.Week >= _from && h.Week <= thisWeek)
            .GroupBy(h => new { h.TeamId, h.ToUserId }).Select(g => new { g.Key, N = g.Count(), Done = g.Count(h => h.FirstFollowUpAt != null) })
            .ToListAsync(ct);
        var profiles = await db.Customers.AsNoTracking().Where(c => c.MergedInto == null)
            .GroupBy(c => new { c.TeamId, c.OwnerId }).Select(g => new { g.Key, Complete = g.Count(c => c.ProfileFilled >= 7), N = g.Count() })
            .ToListAsync(ct);
        return firstTouch + followUps.Count + corrections.Count + handOffs.Count + handOvers.Count + profiles.Count;
    }

    /// <summary>Funnel over 12 weeks by team: leads → touched → need confirmed; deals → proposal accepted → contract → paid.</summary>
    public async Task<int> FunnelAsync(CancellationToken ct)
    {
        var leads = await db.Leads.AsNoTracking().Where(l => l.AssignedAt >= _since)
            .GroupBy(l => l.TeamId)
            .Select(g => new { g.Key, N = g.Count(), Touched = g.Count(l => l.FirstTouchAt != null), Need = g.Count(l => l.NeedConfirmedAt != null) })
            .ToListAsync(ct);
        var deals = await db.Deals.AsNoTracking().Where(d => d.OpenedAt >= _since)
            .GroupBy(d => d.TeamId)
            .Select(g => new { g.Key, N = g.Count(), Accepted = g.Count(d => d.ProposalAcceptedAt != null),
                Signed = g.Count(d => d.ContractSignedAt != null), Paid = g.Count(d => d.PaidAt != null) })
            .ToListAsync(ct);
        return leads.Count + deals.Count;
    }

    private static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(q * sorted.Length) - 1)];
}
