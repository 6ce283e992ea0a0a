using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.Approval;

/// <summary>An approver decides the active step: approve (Tech answers the custom-development question,
/// Finance locks costs; the last approval publishes QuoteApproved) or reject with a reason, which returns the quote to the
/// salesperson.</summary>
internal sealed class ApprovalCommands(
    QuotesDbContext db, RecordAccess access, Notifier<QuotesDbContext> notifier, UnitOfWork<QuotesDbContext> work, BusinessClock clock)
{
    /// <summary>
    /// <paramref name="review"/> is the step and version the approver's form showed; if either moved on, the decision
    /// is refused as stale and nothing is decided.
    /// </summary>
    public async Task DecideAsync(
        Guid quoteId, ReviewedStep review, bool approve, string? comment, bool? customDevelopment,
        IReadOnlyDictionary<Guid, decimal>? lockedCosts, CancellationToken ct)
    {
        var quote = await db.LoadAsync(quoteId, ct) ?? throw new KeyNotFoundException();
        var active = quote.ActiveStep ?? throw new DomainException("Quote_Error_StepNotActive");
        if (!access.IsInRole(active.Role))
        {
            throw new UnauthorizedAccessException();
        }
        quote.ThrowIfNotReviewing(access.UserId, review.StepId, review.Version);
        var hasEvidence = !CostEvidenceRule.Required(quote, active, approve) || await db.CostEvidence.AnyAsync(e => e.QuoteId == quote.Id, ct);
        CostEvidenceRule.EnsureBeforeLock(quote, active, approve, hasEvidence);
        var costs = active.Kind == StepKind.Finance ? lockedCosts : null;
        var step = quote.Decide(access.UserId, approve, comment, customDevelopment, costs, clock.Now);
        db.Publish(new QuoteStepDecided(
            EventId: Guid.NewGuid(), OccurredAt: clock.Now, ActorUserId: access.UserId, QuoteId: quote.Id,
            Version: quote.CurrentVersionLabel ?? step.VersionLabel, Step: step.Kind.ToString(),
            Decision: approve ? QuoteDecision.Approved : QuoteDecision.Rejected, ApproverId: access.UserId,
            WaitedFor: step.Age(clock.Now), Comment: step.Comment, Sla: step.Sla));
        if (approve)
        {
            QuoteApproval.PublishIfApproved(db, quote, access.UserId, clock.Now);
        }
        Notify(quote, step);
        await work.CommitAsync(approve ? $"Quote.Approve.{step.Kind}" : $"Quote.Reject.{step.Kind}", ct);
    }

    private void Notify(Quote quote, ApprovalStep decided)
    {
        var link = QuoteLinks.Details(quote.Id);
        var label = quote.CurrentVersionLabel ?? string.Empty;
        if (quote.Status == QuoteStatus.Rejected)
        {
            notifier.ToUser(quote.OwnerId, "Quote_Notify_Rejected", link, access.UserId, quote.Number, decided.Comment ?? string.Empty);
        }
        else if (quote.ActiveStep is { } next)
        {
            notifier.ToRole(next.Role, "Quote_Notify_StepPending", link, access.UserId, quote.Number, label);
        }
        else if (quote.Status == QuoteStatus.Approved)
        {
            notifier.ToUser(quote.OwnerId, "Quote_Notify_Approved", link, access.UserId, quote.Number, label);
        }
    }
}
