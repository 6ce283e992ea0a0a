using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Quotes.Application.Approval;
using SalesSuite.Quotes.Application.Chain;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Money;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.Drafts;

/// <summary>The salesperson's commands: create, edit the draft, submit, renew. One commit each.</summary>
internal sealed class QuoteCommands(
    QuotesDbContext db, RecordAccess access, ModuleSettings<QuotesDbContext, QuoteSettings> settings, ApprovalChainQueries chain,
    Notifier<QuotesDbContext> notifier, UnitOfWork<QuotesDbContext> work, BusinessClock clock)
{
    public async Task<Guid> CreateAsync(Guid dealId, CancellationToken ct)
    {
        var deal = await db.Deals.FirstOrDefaultAsync(d => d.DealId == dealId, ct) ?? throw new DomainException("Quote_Error_DealUnknown");
        if (deal.OwnerId != access.UserId)
        {
            throw new UnauthorizedAccessException();
        }
        DomainException.ThrowIf(!deal.CanQuote, "Quote_Error_DealNotQuotable", deal.Reason ?? string.Empty);
        var validity = (await settings.ReadAsync(ct)).DefaultValidityDays;
        for (var attempt = 1; ; attempt++)
        {
            var count = await db.Quotes.CountAsync(ct);
            var number = $"Q-{clock.Today.Year}-{count + attempt:0000}";
            var quote = new Quote(Guid.NewGuid(), number, deal, PublicToken.New(), clock.Today.PlusDays(validity), clock.Now);
            db.Quotes.Add(quote);
            try
            {
                await work.CommitAsync("Quote.Create", ct);
                return quote.Id;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Someone took the same number at the same moment (unique index): take the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task SaveDraftAsync(Guid quoteId, QuoteDraft draft, CancellationToken ct)
    {
        var quote = await OwnQuoteAsync(quoteId, ct);
        quote.Edit(draft.Lines, draft.Terms, draft.Schedule, draft.ValidUntil, draft.Urgent, draft.Tags, clock.Now);
        await work.CommitAsync("Quote.Edit", ct);
    }

    public async Task<QuoteVersion> SubmitAsync(Guid quoteId, string? changeNote, CancellationToken ct)
    {
        var quote = await OwnQuoteAsync(quoteId, ct);
        if (await db.Frozen.FirstOrDefaultAsync(f => f.UserId == quote.OwnerId, ct) is { } frozen)
        {
            throw new DomainException("Quote_Error_Frozen", frozen.Reason);
        }
        var deal = await db.Deals.FirstOrDefaultAsync(d => d.DealId == quote.DealId, ct);
        if (deal is { CanQuote: false })
        {
            throw new DomainException("Quote_Error_DealNotQuotable", deal.Reason ?? string.Empty);
        }
        var rules = await settings.ReadAsync(ct);
        var totals = quote.Totals;
        // The deal follows a customer merge; the quote keeps the customer it was printed for.
        var customerId = deal?.CustomerId ?? quote.CustomerId;
        var credit = CreditCheck.Exceeded(
            await db.CustomerCredits.AsNoTracking().FirstOrDefaultAsync(c => c.CustomerId == customerId, ct), totals.Gross, Money.DefaultCurrency);
        var facts = quote.Facts() with { ExceedsCreditLimit = credit is not null && rules.CreditCheckAddsFinanceStep };
        var plan = ApprovalChainPlanner.Plan(await chain.ChainAsync(ct), facts, rules.Margin);
        var version = quote.Submit(access.UserId, plan, clock.Today, clock.Now, changeNote);
        quote.RecordCreditCheck(credit);
        db.Publish(new QuoteSubmitted(
            EventId: Guid.NewGuid(), OccurredAt: clock.Now, ActorUserId: access.UserId, QuoteId: quote.Id, DealId: quote.DealId,
            CustomerId: quote.CustomerId, Version: version.Label, Amount: totals.Net, Currency: Money.DefaultCurrency,
            MarginPercent: totals.MarginPercent, OwnerId: quote.OwnerId));
        // No step applies to this quote: it is approved at submission.
        QuoteApproval.PublishIfApproved(db, quote, access.UserId, clock.Now);
        if (quote.ActiveStep is { } step)
        {
            notifier.ToRole(step.Role, "Quote_Notify_StepPending", QuoteLinks.Details(quote.Id), access.UserId, quote.Number, version.Label);
        }
        await work.CommitAsync("Quote.Submit", ct);
        return version;
    }

    public async Task RenewAsync(Guid quoteId, LocalDate validUntil, CancellationToken ct)
    {
        var quote = await OwnQuoteAsync(quoteId, ct);
        quote.Renew(validUntil, clock.Today, clock.Now);
        await work.CommitAsync("Quote.Renew", ct);
    }

    private async Task<Quote> OwnQuoteAsync(Guid quoteId, CancellationToken ct)
    {
        var quote = await db.LoadAsync(quoteId, ct) ?? throw new KeyNotFoundException();
        if (!access.IsOwner(quote))
        {
            throw new UnauthorizedAccessException();
        }
        return quote;
    }
}
