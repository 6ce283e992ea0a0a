using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application;

/// <summary>An approver decides the active step: approve (Tech answers the custom-development question,
/// Finance locks costs) or reject with a reason, which returns the quote to the salesperson.</summary>
internal sealed class ApprovalCommands(QuotesDbContext db, QuoteAccess access, QuoteNotifier notifier, IOperationContext operation, BusinessClock clock)
{
    public async Task DecideAsync(Guid quoteId, bool approve, string? comment, bool? customDevelopment, IReadOnlyList<decimal>? lockedCosts, CancellationToken ct)
    {
        var quote = await db.LoadAsync(quoteId, ct) ?? throw new KeyNotFoundException();
        var active = quote.ActiveStep ?? throw new DomainException("Quote_Error_StepNotActive");
        if (!access.IsInRole(active.Role))
        {
            throw new UnauthorizedAccessException();
        }
        var step = quote.Decide(access.UserId, approve, comment, customDevelopment, active.Kind == StepKind.Finance ? lockedCosts : null, clock.Now);
        operation.Begin(approve ? $"Quote.Approve.{step.Kind}" : $"Quote.Reject.{step.Kind}");
        db.Publish(new QuoteStepDecided(Guid.NewGuid(), clock.Now, access.UserId, quote.Id, quote.CurrentVersionLabel ?? step.VersionLabel,
            step.Kind.ToString(), approve ? QuoteDecision.Approved : QuoteDecision.Rejected, access.UserId,
            step.Age(clock.Now), step.Comment));
        Notify(quote, step);
        await db.SaveChangesAsync(ct);
    }

    private void Notify(Quote quote, ApprovalStep decided)
    {
        if (quote.Status == QuoteStatus.Rejected)
        {
            notifier.ToUser(quote.OwnerId, "Quote_Notify_Rejected", quote.Id, access.UserId, quote.Number, decided.Comment ?? string.Empty);
        }
        else if (quote.ActiveStep is { } next)
        {
            notifier.ToRole(next.Role, "Quote_Notify_StepPending", quote.Id, access.UserId, quote.Number, quote.CurrentVersionLabel ?? string.Empty);
        }
        else if (quote.Status == QuoteStatus.Approved)
        {
            notifier.ToUser(quote.OwnerId, "Quote_Notify_Approved", quote.Id, access.UserId, quote.Number, quote.CurrentVersionLabel ?? string.Empty);
        }
    }
}
