using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application;

/// <summary>The salesperson's commands: create, edit the draft, submit. One SaveChanges each.</summary>
internal sealed class QuoteCommands(
    QuotesDbContext db, QuoteAccess access, QuoteSettingsStore store, QuoteNotifier notifier,
    IOperationContext operation, BusinessClock clock)
{
    public async Task<Guid> CreateAsync(Guid dealId, CancellationToken ct)
    {
        var deal = await db.Deals.FirstOrDefaultAsync(d => d.DealId == dealId, ct) ?? throw new DomainException("Quote_Error_DealUnknown");
        if (deal.OwnerId != access.UserId)
        {
            throw new UnauthorizedAccessException();
        }
        if (!deal.CanQuote)
        {
            throw new DomainException("Quote_Error_DealNotQuotable", deal.Reason ?? string.Empty);
        }
        var settings = await store.SettingsAsync(ct);
        operation.Begin("Quote.Create");
        for (var attempt = 1; ; attempt++)
        {
            var count = await db.Quotes.CountAsync(ct);
            var number = $"Q-{clock.Today.Year}-{count + attempt:0000}";
            var quote = new Quote(Guid.NewGuid(), number, deal, PublicToken.New(), clock.Today.PlusDays(settings.DefaultValidityDays), clock.Now);
            db.Quotes.Add(quote);
            try
            {
                await db.SaveChangesAsync(ct);
                return quote.Id;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Someone took the same number at the same moment (unique index): take the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task SaveDraftAsync(Guid quoteId, QuoteDraftInput input, CancellationToken ct)
    {
        var quote = await OwnQuoteAsync(quoteId, ct);
        quote.Edit(input.Lines, input.Terms, input.Schedule, input.ValidUntil, input.Urgent, input.Tags, clock.Now);
        operation.Begin("Quote.Edit");
        await db.SaveChangesAsync(ct);
    }

    public async Task<QuoteVersion> SubmitAsync(Guid quoteId, string? changeNote, CancellationToken ct)
    {
        var quote = await OwnQuoteAsync(quoteId, ct);
        if (await db.Frozen.FirstOrDefaultAsync(f => f.UserId == quote.OwnerId, ct) is { } frozen)
        {
            throw new DomainException("Quote_Error_Frozen", frozen.Reason);
        }
        if (await db.Deals.FirstOrDefaultAsync(d => d.DealId == quote.DealId, ct) is { CanQuote: false } deal)
        {
            throw new DomainException("Quote_Error_DealNotQuotable", deal.Reason ?? string.Empty);
        }
        var settings = await store.SettingsAsync(ct);
        var plan = ApprovalChainPlanner.Plan(await store.ChainAsync(ct), quote.Facts(), settings.Margin);
        var version = quote.Submit(access.UserId, plan, clock.Today, clock.Now, changeNote);
        var totals = quote.Totals;
        operation.Begin("Quote.Submit");
        db.Publish(new QuoteSubmitted(Guid.NewGuid(), clock.Now, access.UserId, quote.Id, quote.DealId, quote.CustomerId,
            version.Label, totals.Net, "CNY", totals.MarginPercent, quote.OwnerId));
        if (quote.ActiveStep is { } step)
        {
            notifier.ToRole(step.Role, "Quote_Notify_StepPending", quote.Id, access.UserId, quote.Number, version.Label);
        }
        await db.SaveChangesAsync(ct);
        return version;
    }

    public async Task RenewAsync(Guid quoteId, LocalDate validUntil, CancellationToken ct)
    {
        var quote = await OwnQuoteAsync(quoteId, ct);
        quote.Renew(validUntil, clock.Today, clock.Now);
        operation.Begin("Quote.Renew");
        await db.SaveChangesAsync(ct);
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
