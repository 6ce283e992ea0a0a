using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Rules;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application.Actions;

/// <summary>
/// Runs the automatic rules over the read models (every 15 minutes, see RulesWork) and lifts freezes whose Monday came.
/// A rule never fires for a person while an action of that rule is active for them. Cool-down after an action ended:
/// when a manager reversed it, the rule stays quiet for that person for the rest of that business day; after that (and
/// after an automatic end) it fires again only on fresh evidence — a record that happened after the previous action
/// ended — so the same evidence never fires twice.
/// </summary>
internal sealed class RuleCommands(HealthDbContext db, ActionService actions, Periods periods, IClock clock, IOrganisation organisation,
    UnitOfWork<HealthDbContext> unitOfWork, ModuleSettings<HealthDbContext, HealthSettings> healthSettings)
{
    public async Task<RuleRun> EvaluateAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var today = periods.DayOf(now);
        var settings = await healthSettings.ReadAsync(ct);
        var lifted = await LiftDueFreezesAsync(now, ct);
        var history = await HistoryAsync(now, ct);
        var fired = new Dictionary<string, int>();

        if (settings.PauseEnabled)
        {
            var days = BusinessDays.LastN(today, Math.Max(1, settings.PauseDays));
            var (from, to) = (days[^1], days[0]);
            var rows = await db.FollowUps.AsNoTracking().Where(f => f.Day >= from && f.Day <= to).ToListAsync(ct);
            await FireAsync(HealthRules.NoObstaclePause, rows.GroupBy(f => f.OwnerId), history, today, fired,
                (person, group, fresh) => NoObstaclePauseRule.Evaluate(person, [.. group], today, settings, fresh),
                f => Task.FromResult<ActionStart?>(new ActionStart(ActionKind.PauseAssignment, f.UserId, null, f.Rule, f.Explanation, f.Evidence,
                    null)), ct);
        }
        if (settings.FreezeEnabled)
        {
            var rows = await db.Customers.AsNoTracking()
                .Where(c => c.OwnerId != null && c.MergedInto == null && c.ProfileTotal > 0)
                .Where(c => c.FollowUps >= settings.FreezeAfterFollowUps && c.ProfileFilled < settings.FreezeMinFields)
                .ToListAsync(ct);
            await FireAsync(HealthRules.ProfileFreeze, rows.GroupBy(c => c.OwnerId!.Value), history, today, fired,
                (person, group, fresh) => ProfileFreezeRule.Evaluate(person, [.. group], settings, fresh),
                f => Task.FromResult<ActionStart?>(new ActionStart(ActionKind.FreezeQuoting, f.UserId, null, f.Rule, f.Explanation, f.Evidence,
                    periods.NextMonday(now))), ct);
        }
        if (settings.ReviewEnabled)
        {
            var since = now - WaitingReviewRule.Window;
            var rows = await db.Leads.AsNoTracking()
                .Where(l => l.OwnerId != null && l.ReleasedAt == null && l.AssignedAt >= since).ToListAsync(ct);
            await FireAsync(HealthRules.WaitingReview, rows.GroupBy(l => l.OwnerId!.Value), history, today, fired,
                (person, group, fresh) => WaitingReviewRule.Evaluate(person, [.. group], now, settings, fresh),
                async f => await organisation.ManagerOfAsync(f.UserId, ct) is { } manager
                    ? new ActionStart(ActionKind.SupervisorReview, manager.Id, f.UserId, f.Rule, f.Explanation, f.Evidence,
                        now + Duration.FromHours(settings.ReviewDueHours))
                    : null, ct);
        }
        if (settings.TraceEnabled)
        {
            var days = new[] { today.PlusDays(-1), today };
            var rows = await db.Corrections.AsNoTracking().Where(c => c.Day >= days[0] && c.Day <= today).ToListAsync(ct);
            await FireAsync(HealthRules.CorrectionTrace, rows.GroupBy(c => c.OwnerId), history, today, fired,
                (person, group, fresh) => CorrectionTraceRule.Evaluate(person, [.. group], days, settings, fresh),
                f => Task.FromResult<ActionStart?>(new ActionStart(ActionKind.TraceMode, f.UserId, null, f.Rule, f.Explanation, f.Evidence,
                    null)), ct);
        }
        await unitOfWork.CommitAsync("Rules.Evaluate", ct);
        return new RuleRun(fired, lifted);
    }

    private async Task FireAsync<T>(string rule, IEnumerable<IGrouping<Guid, T>> people, IReadOnlyList<HealthAction> history, LocalDate today,
        Dictionary<string, int> fired, Func<Guid, IGrouping<Guid, T>, Instant?, RuleFinding?> evaluate,
        Func<RuleFinding, Task<ActionStart?>> start, CancellationToken ct)
    {
        foreach (var group in people)
        {
            var person = group.Key;
            var earlier = history.Where(a => a.Rule == rule && ActionService.PersonOf(a) == person).ToList();
            if (earlier.Any(a => a.IsActive))
            {
                continue;
            }
            var last = earlier.Where(a => a.EndedAt is not null).MaxBy(a => a.EndedAt);
            if (last is { Reversed: true, EndedAt: { } reversedAt } && periods.DayOf(reversedAt) == today)
            {
                continue;
            }
            if (evaluate(person, group, last?.EndedAt) is { } finding && await start(finding) is { } action)
            {
                await actions.StartAsync(action, ct);
                fired[rule] = fired.GetValueOrDefault(rule) + 1;
            }
        }
    }

    /// <summary>The automatic actions still active or ended in the last 30 days (older ones cannot cool a rule down any more).</summary>
    private async Task<IReadOnlyList<HealthAction>> HistoryAsync(Instant now, CancellationToken ct)
    {
        var since = now - Duration.FromDays(30);
        var rules = HealthRules.Automatic.ToList();
        return await db.Actions.AsNoTracking()
            .Where(a => rules.Contains(a.Rule) && (a.EndedAt == null || a.EndedAt >= since)).ToListAsync(ct);
    }

    private async Task<int> LiftDueFreezesAsync(Instant now, CancellationToken ct)
    {
        var due = await db.Actions.Where(a => a.Kind == ActionKind.FreezeQuoting && a.EndedAt == null && a.Until <= now).ToListAsync(ct);
        foreach (var action in due)
        {
            action.End(now);
            actions.Lift(action, actions.EventText("Action_EndedMonday"));
        }
        return due.Count;
    }
}
