using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application;

/// <summary>What the anonymous customer can do: be counted as a viewer, and accept.</summary>
internal sealed class PublicQuoteService(QuotesDbContext db, QuoteNotifier notifier, IOperationContext operation, BusinessClock clock)
{
    /// <summary>Counts the view; the first view of a browser session publishes QuoteViewed and rings the salesperson's bell.</summary>
    public async Task RecordViewAsync(Quote quote, QuoteVersion version, string sessionId, CancellationToken ct)
    {
        var view = await db.Views.FirstOrDefaultAsync(v => v.QuoteId == quote.Id && v.SessionId == sessionId, ct);
        if (view is not null)
        {
            view.Again(version.Label, clock.Now);
            await db.SaveChangesAsync(ct);
            return;
        }
        db.Views.Add(new QuoteView(Guid.NewGuid(), quote.Id, sessionId, version.Label, clock.Now));
        db.Publish(new QuoteViewed(Guid.NewGuid(), clock.Now, null, quote.Id, quote.DealId, quote.CustomerId, version.Label, clock.Now));
        notifier.ToUser(quote.OwnerId, "Quote_Notify_Viewed", quote.Id, null, quote.CustomerName, quote.Number, version.Label);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first requests of one session raced; the other one counted it.
        }
    }

    public async Task AcceptAsync(Quote quote, string customerName, string? signature, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(customerName) || customerName.Trim().Length > 100)
        {
            throw new DomainException("Public_Error_Name");
        }
        if (signature is not null && (!signature.StartsWith("data:image/png;base64,", StringComparison.Ordinal) || signature.Length > 200_000))
        {
            signature = null;
        }
        quote.Accept(customerName, signature, clock.Today, clock.Now);
        var version = quote.ApprovedVersion!;
        var signing = clock.Today;
        var schedule = version.Schedule
            .Select(p => new PaymentMilestone(p.Name, p.Percent, Math.Round(version.Gross * p.Percent / 100m, 2, MidpointRounding.AwayFromZero),
                signing.PlusDays(p.DueDaysAfterSigning), p.DueDaysAfterSigning))
            .ToList();
        operation.Begin("Quote.Accept");
        db.Publish(new QuoteAccepted(Guid.NewGuid(), clock.Now, null, quote.Id, quote.DealId, quote.CustomerId, quote.OwnerId,
            version.Label, version.Gross, "CNY", quote.AcceptedByName!, schedule, version.Terms));
        notifier.ToUser(quote.OwnerId, "Quote_Notify_Accepted", quote.Id, null, quote.CustomerName, quote.Number, version.Label);
        await db.SaveChangesAsync(ct);
    }
}
