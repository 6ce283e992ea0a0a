using Microsoft.EntityFrameworkCore;
using SalesSuite.Health.Application.Indicators;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application.Behaviour;

/// <summary>
/// Behaviour heatmap: person × follow-up objective, the person's average hours since the previous follow-up with the
/// same customer against their team's average for that objective (summed in the database per person and objective).
/// </summary>
internal sealed class BehaviourQueries(HealthDbContext db, ReportScopeQueries scopes, Periods periods)
{
    public const int MaxFollowUps = 500;

    public async Task<BehaviourReport> ReportAsync(IndicatorFilter filter, CancellationToken ct)
    {
        var scope = await scopes.ScopeAsync(ct);
        var (from, to) = (filter.FromWeek(periods.ThisWeek), filter.ToWeek(periods.ThisWeek));
        var sums = await db.FollowUps.AsNoTracking()
            .Where(f => f.Week >= from && f.Week <= to && f.IntervalHours != null && BehaviourMath.Objectives.Contains(f.Objective))
            .VisibleTo(scope.Visibility, f => f.OwnerId)
            .GroupBy(f => new { f.OwnerId, f.TeamId, f.Objective })
            .Select(g => new { g.Key.OwnerId, g.Key.TeamId, g.Key.Objective, Hours = g.Sum(f => f.IntervalHours!.Value), Count = g.Count() })
            .ToListAsync(ct);
        var team = sums.GroupBy(s => (s.TeamId, s.Objective))
            .ToDictionary(g => g.Key, g => IndicatorMath.Average(g.Sum(s => s.Hours), g.Sum(s => s.Count)));
        var people = scope.Salespeople.Select(p => p.Id).Concat(sums.Select(s => s.OwnerId)).Distinct();
        var rows = people.Select(id =>
            {
                var mine = sums.Where(s => s.OwnerId == id).ToList();
                var teamId = mine.FirstOrDefault()?.TeamId ?? scope.TeamOf(id);
                var cells = BehaviourMath.Objectives.Select(o =>
                {
                    var own = mine.Where(s => s.Objective == o).ToList();
                    var hours = IndicatorMath.Average(own.Sum(s => s.Hours), own.Sum(s => s.Count));
                    var teamHours = own.Count > 0 ? team[(own[0].TeamId, o)] : team.GetValueOrDefault((teamId, o));
                    var ratio = BehaviourMath.Ratio(hours, teamHours);
                    return new BehaviourCell(o, hours, own.Sum(s => s.Count), teamHours, ratio, BehaviourMath.Judge(ratio));
                }).ToList();
                return new BehaviourRow(id, scope.NameOf(id), teamId, scope.TeamNameOf(teamId), cells);
            })
            .OrderBy(r => r.Team is null).ThenBy(r => r.Team, StringComparer.CurrentCulture).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        return new BehaviourReport(from, to, rows);
    }

    /// <summary>One person's follow-ups for an objective in the period (the cell's drill-down), latest first.</summary>
    public async Task<IReadOnlyList<BehaviourFollowUp>> FollowUpsAsync(Guid userId, string? objective, IndicatorFilter filter, CancellationToken ct)
    {
        var scope = await scopes.PersonAsync(userId, ct);
        var (from, to) = (filter.FromWeek(periods.ThisWeek), filter.ToWeek(periods.ThisWeek));
        var query = db.FollowUps.AsNoTracking()
            .Where(f => f.Week >= from && f.Week <= to && f.IntervalHours != null)
            .VisibleTo(scope.Visibility, f => f.OwnerId);
        if (!string.IsNullOrEmpty(objective))
        {
            query = query.Where(f => f.Objective == objective);
        }
        var rows = await query
            .OrderByDescending(f => f.At)
            .Take(MaxFollowUps)
            .GroupJoin(db.Customers, f => f.CustomerId, c => c.CustomerId, (f, cs) => new { f, cs })
            .SelectMany(x => x.cs.DefaultIfEmpty(), (x, c) => new
            {
                x.f.FollowUpId, x.f.At, x.f.Objective, Hours = x.f.IntervalHours!.Value, x.f.CustomerId, x.f.DealId,
                Code = c == null ? "" : c.Code, Name = c == null ? "" : c.Name,
            })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.At)
            .Select(r => new BehaviourFollowUp(r.FollowUpId, r.At, r.Objective, r.Hours,
                new RecordRef(RecordRef.Customer, r.CustomerId, $"{r.Code} {r.Name}".Trim(), r.DealId, r.CustomerId)))
            .ToList();
    }
}
