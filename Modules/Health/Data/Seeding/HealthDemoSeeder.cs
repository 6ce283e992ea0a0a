using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Application.Actions;
using SalesSuite.Health.Application.Archive;
using SalesSuite.Health.Application.Grading;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Health.Data.Seeding;

/// <summary>
/// Demo data, once: twelve weeks of process history (<see cref="DemoHistory"/>) written to Health's archive as if
/// consumed, then a rebuild (the same projector live events go through) so every chart has data, then one run of the
/// rules and the grading.
/// </summary>
internal sealed class HealthDemoSeeder(
    HealthDbContext db, IOrganisation organisation, IClock clock, BusinessClock business, RebuildService rebuild, RuleCommands rules,
    GradingCommands grading)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Archive.AnyAsync(a => a.EventId == DemoHistory.FirstEventId, ct))
        {
            return;
        }
        var users = (await organisation.ActiveUsersAsync(ct)).ToDictionary(u => u.UserName, u => u.Id);
        string[] needed = ["sales09", "tech", "finance", "legal", "gm", "mgr.north"];
        if (needed.Any(n => !users.ContainsKey(n)))
        {
            return;
        }
        var now = clock.GetCurrentInstant();
        foreach (var e in new DemoHistory(now, business.Zone, users).Build())
        {
            db.Archive.Add(new ArchivedEvent(e.EventId, EventSerializer.TypeName(e.GetType()), e.OccurredAt, e.OccurredAt,
                EventSerializer.Serialize(e)));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await rebuild.RebuildAsync(ct);
        // The rules act on the stories (sales05 paused, sales08 frozen, sales04's review, sales03 traced) and the
        // customers get their first grades, as the timers would do a few minutes after start.
        await rules.EvaluateAsync(ct);
        await grading.GradeIfDueAsync(ct);
    }
}
