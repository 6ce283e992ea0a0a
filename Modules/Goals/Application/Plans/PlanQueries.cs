using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Application.Plans;

/// <summary>
/// Reads weekly plans with their done state computed from evidence: one person's week (404 outside the reader's line),
/// the signed-in person's day, and the achievement rate per person and team of everyone the reader sees.
/// </summary>
internal sealed class PlanQueries(GoalsDbContext db, GoalsAccess access, GoalsPeopleService people, BusinessClock business)
{
    public const int Examples = 3;

    private static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public Guid Me => access.UserId;

    public GoalPeriod CurrentWeek => GoalPeriod.Of(PeriodKind.Week, business.Today);

    public async Task<PlanView> WeekAsync(Guid userId, GoalPeriod week, CancellationToken ct)
    {
        await access.EnsureCanSeeAsync(userId, ct);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Items)
            .FirstOrDefaultAsync(p => p.UserId == userId && p.WeekStart == week.Start, ct);
        var types = await db.ActionTypes.AsNoTracking().OrderBy(t => t.Code).ToListAsync(ct);
        var byId = types.ToDictionary(t => t.Id);
        var items = plan?.Items ?? [];
        var done = PlanProgress.Assign(items, await OwnMatchesAsync(userId, week, ct));
        var views = items.OrderBy(i => i.Day).ThenBy(i => i.Id)
            .Select(i => new PlanItemView(i, byId.TryGetValue(i.ActionTypeId, out var t) ? t.Name(Chinese) : "?",
                byId.GetValueOrDefault(i.ActionTypeId)?.HowToUrl, done.GetValueOrDefault(i.Id)))
            .ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => c.OwnerId == userId).OrderBy(c => c.Name).Take(500).ToListAsync(ct);
        var names = await access.Records.NamesAsync(ct);
        var canEdit = userId == access.UserId || access.IsManager;
        // A salesperson's plan offers the salespeople's actions; a manager's also their own commitments (coaching, meetings…).
        var isManager = (await people.PeopleAsync(ct)).FirstOrDefault(p => p.Id == userId)?.Roles.Contains(Roles.RegionalManager) == true;
        var offered = types.Where(t => t.Active && (isManager || !t.ForManagers)).ToList();
        return new PlanView(userId, names.GetValueOrDefault(userId) ?? "?", week, plan, views, offered, customers, canEdit);
    }

    public async Task<TodayView> TodayAsync(CancellationToken ct)
    {
        var today = business.Today;
        var week = await WeekAsync(access.UserId, CurrentWeek, ct);
        var names = await access.Records.NamesAsync(ct);
        var me = access.UserId;
        var won = await db.Facts.AsNoTracking()
            .Where(f => f.EventType == EvidenceCatalog.DealClosedWon && f.OwnerId != null && f.OwnerId != me)
            .OrderByDescending(f => f.Day).ThenByDescending(f => f.Id)
            .Take(Examples)
            .ToListAsync(ct);
        var examples = won.Select(f => new WonExample(names.GetValueOrDefault(f.OwnerId!.Value) ?? "?", f.Day, f.Summary, f.Link)).ToList();
        return new TodayView(week, today, week.Items.Where(i => i.Item.Day == today).ToList(), examples);
    }

    /// <summary>Achievement per person (everyone the reader sees who carries plans) and per team, for one week.</summary>
    public async Task<TeamView> TeamAsync(GoalPeriod week, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var persons = (await people.PeopleAsync(ct)).Where(p => visibility.CanSee(p.Id)).ToList();
        var ids = persons.Select(p => p.Id).ToList();
        var items = await db.PlanItems.AsNoTracking()
            .VisibleTo(visibility, i => i.UserId)
            .Where(i => i.Day >= week.Start && i.Day <= week.End && ids.Contains(i.UserId))
            .ToListAsync(ct);
        var matches = (await MatchesAsync(ids, week, ct)).ToLookup(m => m.UserId);
        var rows = persons.Select(p =>
        {
            var mine = items.Where(i => i.UserId == p.Id).ToList();
            var done = PlanProgress.Assign(mine, matches[p.Id].Select(m => m.Match)).Count;
            return new AchievementRow(p.Id, p.DisplayName, p.TeamName, mine.Count, done);
        }).ToList();
        var teams = rows.Where(r => r.Team is not null).GroupBy(r => r.Team!)
            .Select(g => new AchievementRow(null, g.Key, g.Key, g.Sum(r => r.Planned), g.Sum(r => r.Done)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var total = new AchievementRow(null, "", null, rows.Sum(r => r.Planned), rows.Sum(r => r.Done));
        return new TeamView(week, rows, teams, total);
    }

    private async Task<List<MatchRef>> OwnMatchesAsync(Guid userId, GoalPeriod week, CancellationToken ct) =>
        (await MatchesAsync([userId], week, ct)).Select(m => m.Match).ToList();

    private async Task<List<(Guid UserId, MatchRef Match)>> MatchesAsync(List<Guid> userIds, GoalPeriod week, CancellationToken ct)
    {
        var (first, last) = (week.Start, week.End);
        var rows = await (
                from m in db.Matches.AsNoTracking()
                join f in db.Facts.AsNoTracking() on m.FactId equals f.Id
                where userIds.Contains(m.UserId) && m.Day >= first && m.Day <= last
                orderby m.OccurredAt
                select new { m.UserId, m.FactId, m.ActionTypeId, m.Day, m.CustomerId, f.Link })
            .ToListAsync(ct);
        return rows.Select(r => (r.UserId, new MatchRef(r.FactId, r.ActionTypeId, r.Day, r.CustomerId, r.Link))).ToList();
    }
}
