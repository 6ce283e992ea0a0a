using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.Offer;

/// <summary>
/// The quote's margin against similar past orders (accepted quotes, their effective cost-locked version), as they stood
/// when the quote was submitted; for a draft, as they stand now. Only aggregates are shown, never another quote.
/// </summary>
internal sealed class MarginBenchmarkQueries(QuotesDbContext db, BusinessClock clock)
{
    /// <summary>The most recent accepted orders read (an index on Status; the comparison needs no more history).</summary>
    public const int MaxOrders = 500;

    public async Task<MarginBenchmark?> ForAsync(Quote quote, CancellationToken ct)
    {
        var submitted = quote.Status is not (QuoteStatus.Draft or QuoteStatus.Rejected) && quote.SubmittedAt is not null;
        var cutoff = submitted ? quote.SubmittedAt!.Value : clock.Now;
        var lines = submitted && quote.LatestVersion is { } version ? version.Lines : quote.Lines;
        if (lines.Count == 0)
        {
            return null;
        }
        var rows = await db.Quotes.AsNoTracking()
            .Where(q => q.Status == QuoteStatus.Accepted && q.Id != quote.Id && q.AcceptedAt < cutoff)
            .OrderByDescending(q => q.AcceptedAt)
            .Take(MaxOrders)
            .Select(q => new
            {
                q.CustomerType,
                Version = q.Versions.Where(v => v.Id == q.ApprovedVersionId).Select(v => new { v.LinesJson, v.MarginPercent }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var orders = rows.Where(r => r.Version is not null)
            .Select(r => new PastOrder(SimilarOrders.MainLine(QuoteJson.ReadLines(r.Version!.LinesJson)), r.CustomerType, r.Version.MarginPercent))
            .ToList();
        return SimilarOrders.Compare(orders, SimilarOrders.MainLine(lines), quote.CustomerType, QuoteTotals.Of(lines).MarginPercent);
    }
}
