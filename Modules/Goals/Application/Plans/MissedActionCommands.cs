using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Contracts;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Application.Plans;

/// <summary>
/// The missed-key-action follow-up (background work, hourly): for each person and planned action type, a run of
/// <see cref="GoalsSettings.MissedDays"/> planned working days without it (<see cref="MissedStreak"/>) raises
/// <see cref="KeyActionMissed"/> once, alerts the person with colleagues' latest won deals and alerts their manager.
/// A run continuing an alerted one is not raised again until it is N fresh days long; the unique index on the alert
/// keeps two ticks or two hosts from raising it twice.
/// </summary>
internal sealed class MissedActionCommands(
    GoalsDbContext db,
    UnitOfWork<GoalsDbContext> unitOfWork,
    ModuleSettings<GoalsDbContext, GoalsSettings> settings,
    Notifier<GoalsDbContext> notifier,
    IOrganisation organisation,
    BusinessClock business)
{
    public async Task<int> RaiseAsync(CancellationToken ct)
    {
        var days = (await settings.ReadAsync(ct)).MissedDays;
        var today = business.Today;
        var from = today.PlusDays(-MissedStreak.LookbackDays);
        var items = await db.PlanItems.AsNoTracking().Where(i => i.Day >= from && i.Day < today)
            .Select(i => new { i.UserId, i.ActionTypeId, i.Day }).ToListAsync(ct);
        if (items.Count == 0)
        {
            return 0;
        }
        var done = (await db.Matches.AsNoTracking().Where(m => m.Day >= from && m.Day < today)
                .Select(m => new { m.UserId, m.ActionTypeId, m.Day }).Distinct().ToListAsync(ct))
            .ToLookup(m => (m.UserId, m.ActionTypeId), m => m.Day);
        var raised = (await db.MissedAlerts.AsNoTracking().Where(a => a.LastDay >= from)
                .Select(a => new { a.UserId, a.ActionTypeId, a.LastDay }).ToListAsync(ct))
            .ToLookup(a => (a.UserId, a.ActionTypeId), a => a.LastDay);
        var types = await db.ActionTypes.AsNoTracking().Where(t => t.Active).ToDictionaryAsync(t => t.Id, ct);
        var count = 0;
        foreach (var person in items.GroupBy(i => i.UserId))
        {
            var planned = person.Select(i => i.Day).ToHashSet();
            foreach (var type in person.GroupBy(i => i.ActionTypeId).Where(g => types.ContainsKey(g.Key)))
            {
                var key = (person.Key, type.Key);
                if (MissedStreak.Find(planned, type.Select(i => i.Day).ToHashSet(), done[key].ToHashSet(), today, days) is not { } streak
                    || raised[key].Any(last => last >= streak.First))
                {
                    continue;
                }
                if (await RaiseOneAsync(person.Key, types[type.Key], streak.First, streak.Last, days, ct))
                {
                    count++;
                }
            }
        }
        return count;
    }

    private async Task<bool> RaiseOneAsync(Guid userId, KeyActionType type, NodaTime.LocalDate first, NodaTime.LocalDate last, int days,
        CancellationToken ct)
    {
        var now = business.Now;
        var manager = await organisation.ManagerOfAsync(userId, ct);
        db.MissedAlerts.Add(new MissedAlert(Guid.NewGuid(), userId, type.Id, first, last, days, now));
        db.Publish(new KeyActionMissed(Guid.NewGuid(), now, null, userId, manager?.Id, type.Code, days, last));
        var count = days.ToString(CultureInfo.InvariantCulture);
        notifier.ToUser(userId, "Missed_Notify_Person", GoalsLinks.Plan + "/Today#goals-plans-won", null,
            type.NameZh, type.NameEn, count, await ExamplesAsync(userId, ct));
        if (manager is not null)
        {
            var person = await organisation.FindUserAsync(userId, ct);
            var week = GoalPeriod.Of(PeriodKind.Week, last);
            notifier.ToUser(manager.Id, "Missed_Notify_Manager", $"{GoalsLinks.Plan}?userId={userId}&week={week.Key}", null,
                type.NameZh, type.NameEn, count, person?.DisplayName ?? "?");
        }
        try
        {
            await unitOfWork.CommitAsync("KeyActionMissed.Raise", ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another host raised the same streak first (unique index): nothing of ours was saved.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>"who · day" of the latest won deals of the person's colleagues (the Today page lists them with links).</summary>
    private async Task<string> ExamplesAsync(Guid userId, CancellationToken ct)
    {
        var won = await db.Facts.AsNoTracking()
            .Where(f => f.EventType == EvidenceCatalog.DealClosedWon && f.OwnerId != null && f.OwnerId != userId)
            .OrderByDescending(f => f.Day).ThenByDescending(f => f.Id)
            .Take(PlanQueries.Examples)
            .Select(f => new { f.OwnerId, f.Day })
            .ToListAsync(ct);
        if (won.Count == 0)
        {
            return "—";
        }
        var names = (await organisation.ActiveUsersAsync(ct)).ToDictionary(u => u.Id, u => u.DisplayName);
        return string.Join("; ", won.Select(w =>
            $"{names.GetValueOrDefault(w.OwnerId!.Value) ?? "?"} {w.Day.ToString("MM-dd", CultureInfo.InvariantCulture)}"));
    }
}
