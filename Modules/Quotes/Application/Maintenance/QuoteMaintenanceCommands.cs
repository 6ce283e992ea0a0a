using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Specification;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.Maintenance;

/// <summary>
/// The use cases only the clock triggers: SLA breaches (once per step, notifying the salesperson and, for Legal,
/// suggesting a clause; the escalation to superiors is EscalationCommands') and expiries. Safe to run repeatedly.
/// </summary>
internal sealed class QuoteMaintenanceCommands(
    QuotesDbContext db, Notifier<QuotesDbContext> notifier, UnitOfWork<QuotesDbContext> work, IOrganisation organisation, BusinessClock clock)
{
    /// <returns>How many steps breached their SLA plus how many quotes expired in this pass.</returns>
    public async Task<int> BreachesAndExpiriesAsync(CancellationToken ct)
    {
        var now = clock.Now;
        var overdue = await db.ApprovalSteps.WithSpecification(new OverdueStepsSpec(now)).ToListAsync(ct);
        foreach (var step in overdue)
        {
            var quote = await db.Quotes.FirstAsync(q => q.Id == step.QuoteId, ct);
            var owners = await organisation.UsersInRoleAsync(step.Role, ct);
            step.MarkBreached(now);
            // A step belongs to a role; when one person holds it, that person is the assignee.
            var assignee = owners.Count == 1 ? owners[0].Id : (Guid?)null;
            db.Publish(new QuoteSlaBreached(
                EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: null, QuoteId: quote.Id, Step: step.Kind.ToString(),
                AssigneeId: assignee, OverdueBy: now - step.DueAt!.Value));
            NotifyBreach(quote, step);
        }
        var today = clock.Today;
        var expiring = await db.Quotes.WithSpecification(new ExpiringQuotesSpec(today)).ToListAsync(ct);
        foreach (var quote in expiring)
        {
            await db.Entry(quote).Collection(q => q.Steps).LoadAsync(ct);
            quote.Expire();
            db.Publish(new QuoteExpired(
                EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: null, QuoteId: quote.Id, DealId: quote.DealId,
                Version: quote.CurrentVersionLabel ?? string.Empty));
            notifier.ToUser(quote.OwnerId, "Quote_Notify_Expired", QuoteLinks.Details(quote.Id), null, quote.Number);
        }
        await work.CommitAsync("Quote.Maintenance", ct);
        return overdue.Count + expiring.Count;
    }

    private void NotifyBreach(Quote quote, ApprovalStep step)
    {
        var link = QuoteLinks.Details(quote.Id);
        notifier.ToUser(quote.OwnerId, $"Quote_Notify_SlaBreached_{step.Kind}", link, null, quote.Number);
        // The approvers' superiors and the deal's sales manager hear of it through the escalation (EscalationCommands).
        if (step.Kind == StepKind.Legal)
        {
            notifier.ToRole(Roles.Legal, ClauseTemplates.KeyFor(quote.CustomerType), link, null, quote.Number, quote.CustomerName);
        }
    }
}
