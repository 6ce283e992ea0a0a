using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Assignment;

/// <summary>
/// Weighted assignment by rule, and manager overrides; both land in the allocation log and publish LeadAssigned.
/// Part of a unit of work: the calling command commits.
/// </summary>
internal sealed class AllocationService(
    LeadsDbContext db, IClock clock, IOrganisation organisation, Notifier<LeadsDbContext> notifier,
    ModuleSettings<LeadsDbContext, RouteSettings> routes)
{
    public const string RouteFactor = "technicalRoute";

    /// <summary>
    /// Ranks the active salespeople (only those in <paramref name="within"/> when given: a regional manager's run stays
    /// inside their teams). The load counts what is stored plus what this unit of work already assigned (a CSV batch).
    /// A lead tagged technical goes only to people above the win-rate route's threshold when there are any
    /// (<see cref="TechnicalRoute"/>); their breakdown then carries a zero-point "technicalRoute" line with the route's
    /// win rate, so the allocation log shows why.
    /// </summary>
    public async Task<IReadOnlyList<ScoredCandidate>> RankAsync(
        Lead lead, AssignmentRule rule, CancellationToken ct, IReadOnlyCollection<Guid>? within = null)
    {
        var people = await organisation.UsersInRoleAsync(Roles.Salesperson, ct);
        var ids = people.Where(p => p.IsActive && (within is null || within.Contains(p.Id))).Select(p => p.Id).ToList();
        var since = clock.GetCurrentInstant() - Duration.FromDays(rule.WinRateDays);
        var paused = await db.PausedSalespeople.Select(p => p.UserId).ToListAsync(ct);
        var customers = await db.Customers.Where(c => c.MergedIntoId == null && c.OwnerId != null && ids.Contains(c.OwnerId.Value))
            .Select(c => new { Owner = c.OwnerId!.Value, c.Industry }).ToListAsync(ct);
        var closed = await db.Deals.Where(d => d.ClosedAt >= since && ids.Contains(d.OwnerId))
            .Select(d => new { d.OwnerId, d.Status }).ToListAsync(ct);
        var openLeads = await db.Leads
            .Where(l => (l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned) && l.OwnerId != null)
            .GroupBy(l => l.OwnerId!.Value).Select(g => new { Owner = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Owner, g => g.Count, ct);
        AddPendingLoad(openLeads);
        var candidates = ids.Select(id =>
        {
            var own = customers.Where(c => c.Owner == id).ToList();
            var share = own.Count == 0 || lead.Industry is null
                ? 0m
                : (decimal)own.Count(c => c.Industry == lead.Industry) / own.Count;
            return new AssignmentCandidate(id, share,
                closed.Count(d => d.OwnerId == id && d.Status == DealStatus.Won),
                closed.Count(d => d.OwnerId == id && d.Status == DealStatus.Lost),
                openLeads.GetValueOrDefault(id),
                paused.Contains(id));
        }).ToList();
        var route = (await routes.ReadAsync(ct)).Route;
        if (!route.Applies(lead.Tags))
        {
            return AssignmentScoring.Rank(rule.Weights, candidates);
        }
        var routeSince = clock.GetCurrentInstant() - Duration.FromDays(route.Days);
        var routeClosed = await db.Deals.Where(d => d.ClosedAt >= routeSince && ids.Contains(d.OwnerId))
            .Select(d => new { d.OwnerId, d.Status }).ToListAsync(ct);
        var windowed = candidates.Select(c => c with
        {
            Won = routeClosed.Count(d => d.OwnerId == c.UserId && d.Status == DealStatus.Won),
            Lost = routeClosed.Count(d => d.OwnerId == c.UserId && d.Status == DealStatus.Lost),
        }).ToList();
        var kept = route.Filter(windowed);
        if (kept.Count == windowed.Count)
        {
            return AssignmentScoring.Rank(rule.Weights, candidates);
        }
        var rates = kept.ToDictionary(c => c.UserId, c => (decimal)c.Won / (c.Won + c.Lost));
        return AssignmentScoring.Rank(rule.Weights, candidates.Where(c => rates.ContainsKey(c.UserId)).ToList())
            .Select(s => s with
            {
                Breakdown = [.. s.Breakdown, new AssignmentScore(RouteFactor, route.MinWinRatePercent, Math.Round(rates[s.UserId], 4), 0m)],
            }).ToList();
    }

    public async Task<bool> AssignByRuleAsync(
        Lead lead, AssignmentRule rule, Guid? actor, CancellationToken ct, IReadOnlyCollection<Guid>? within = null)
    {
        var ranked = await RankAsync(lead, rule, ct, within);
        if (ranked.Count == 0)
        {
            return false;
        }
        var best = ranked[0];
        var matched = best.Breakdown.First(b => b.Factor == AssignmentScoring.Industry).Value > 0;
        Record(lead, best.UserId, actor, byRule: true, reason: null, best.Breakdown, best.Total, matched);
        return true;
    }

    private static bool IsOpenLoad(object? status, object? owner) =>
        owner is Guid && status is LeadStatus.Claimed or LeadStatus.Assigned;

    /// <summary>
    /// Leads assigned (or released) in this unit of work but not saved yet: the database count does not see them, so
    /// without this a batch would give every lead to the same person.
    /// </summary>
    private void AddPendingLoad(Dictionary<Guid, int> load)
    {
        foreach (var entry in db.ChangeTracker.Entries<Lead>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var status = entry.Property(l => l.Status);
            var owner = entry.Property(l => l.OwnerId);
            if (entry.State == EntityState.Modified && IsOpenLoad(status.OriginalValue, owner.OriginalValue))
            {
                load[owner.OriginalValue!.Value] = load.GetValueOrDefault(owner.OriginalValue!.Value) - 1;
            }
            if (IsOpenLoad(status.CurrentValue, owner.CurrentValue))
            {
                load[owner.CurrentValue!.Value] = load.GetValueOrDefault(owner.CurrentValue!.Value) + 1;
            }
        }
    }

    /// <summary>A manager's choice; <paramref name="industryMatched"/> says whether it fits the person's industry (deviations).</summary>
    public void Override(Lead lead, Guid toUserId, string reason, Guid? actor, bool industryMatched = false) =>
        Record(lead, toUserId, actor, byRule: false, reason, [], 0m, industryMatched);

    private void Record(
        Lead lead, Guid to, Guid? actor, bool byRule, string? reason, IReadOnlyList<AssignmentScore> scores, decimal total,
        bool industryMatched)
    {
        var now = clock.GetCurrentInstant();
        var from = lead.OwnerId;
        lead.AssignTo(to, now);
        db.Allocations.Add(new AllocationEntry(Guid.NewGuid(), lead.Id, to, from, byRule, reason,
            JsonSerializer.Serialize(scores), total, lead.Industry, industryMatched, actor, now));
        db.Publish(new LeadAssigned(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, LeadId: lead.Id, ToUserId: to, FromUserId: from,
            ByRule: byRule, Reason: reason, Scores: scores));
        notifier.ToUser(to, "Notify_LeadAssigned", Links.MyLeads, actor, lead.Company, lead.ContactName);
        if (lead.CustomerId is { } customerId)
        {
            db.AddTimeline(customerId, "Timeline_LeadAssigned", actor, now, lead.Company);
        }
    }
}
