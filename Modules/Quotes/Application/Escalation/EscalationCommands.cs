using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Specification;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.Escalation;

/// <summary>
/// Escalates breached approval steps (<see cref="EscalationPolicy"/>). Level 1: a to-do for each approver's direct
/// superior, with a copy to the deal's sales manager (the quote owner's manager). Level 2, after the configured hours:
/// a to-do for the configured role. Each level once per step; the change is the operation <c>Quote.Escalate</c>.
/// </summary>
internal sealed class EscalationCommands(
    QuotesDbContext db, Notifier<QuotesDbContext> notifier, UnitOfWork<QuotesDbContext> work, IOrganisation organisation,
    ModuleSettings<QuotesDbContext, QuoteSettings> settings, BusinessClock clock)
{
    /// <returns>How many escalations (levels) were recorded in this pass.</returns>
    public async Task<int> EscalateAsync(CancellationToken ct)
    {
        var now = clock.Now;
        var stored = await settings.ReadAsync(ct);
        var secondLevelAfter = stored.SecondLevelAfter;
        var candidates = await db.ApprovalSteps.WithSpecification(new EscalationCandidatesSpec(now - secondLevelAfter)).ToListAsync(ct);
        var count = 0;
        foreach (var step in candidates)
        {
            var level = EscalationPolicy.DueLevel(step, now, secondLevelAfter);
            if (level is null)
            {
                continue;
            }
            var quote = await db.Quotes.AsNoTracking().FirstAsync(q => q.Id == step.QuoteId, ct);
            step.Escalate(level.Value);
            if (level == 1)
            {
                await FirstLevelAsync(quote, step, now, ct);
            }
            else
            {
                db.Escalations.Add(ApprovalEscalation.ToRole(step, stored.SecondLevelRole, now));
                notifier.ToRole(stored.SecondLevelRole, "Appr_Notify_SecondLevel", QuoteLinks.Details(quote.Id), null,
                    quote.Number, Ages.Short(now - step.DueAt!.Value));
            }
            count++;
        }
        if (count > 0)
        {
            await work.CommitAsync("Quote.Escalate", ct);
        }
        return count;
    }

    private async Task FirstLevelAsync(Quote quote, ApprovalStep step, Instant now, CancellationToken ct)
    {
        var link = QuoteLinks.Details(quote.Id);
        var superiors = new Dictionary<Guid, OrgUser>();
        foreach (var approver in await organisation.UsersInRoleAsync(step.Role, ct))
        {
            if (await organisation.LevelAboveAsync(approver.Id, 1, ct) is { } manager && superiors.TryAdd(manager.Id, manager))
            {
                db.Escalations.Add(ApprovalEscalation.ToSuperior(step, manager.Id, now));
                notifier.ToUser(manager.Id, $"Quote_Notify_SlaBreachedManager_{step.Kind}", link, null, quote.Number, approver.DisplayName);
            }
        }
        if (await organisation.LevelAboveAsync(quote.OwnerId, 1, ct) is { } salesManager && !superiors.ContainsKey(salesManager.Id))
        {
            var names = superiors.Count == 0 ? "—" : string.Join(", ", superiors.Values.Select(s => s.DisplayName));
            notifier.ToUser(salesManager.Id, "Appr_Notify_EscalationCopy", link, null, quote.Number, names);
        }
    }
}
