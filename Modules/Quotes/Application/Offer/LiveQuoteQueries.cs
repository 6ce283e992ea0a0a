using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.Offer;

/// <summary>
/// The customer's page polls this: one small read-only query by token (no tracking, no view counted, nothing written).
/// A reissued token no longer matches any quote and reads as revoked.
/// </summary>
internal sealed class LiveQuoteQueries(QuotesDbContext db, BusinessClock clock)
{
    /// <summary>How often an open page asks: 12 requests a minute, well inside the public rate limit (120 by default).</summary>
    public const int PollSeconds = 5;

    public async Task<LiveState> StateAsync(string token, CancellationToken ct)
    {
        var row = await db.Quotes.AsNoTracking()
            .Where(q => q.PublicToken == token)
            .Select(q => new
            {
                q.Status,
                q.TokenRevoked,
                Approved = q.Versions.Where(v => v.Id == q.ApprovedVersionId).Select(v => new { v.Label, v.ValidUntil }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        return row is null
            ? LiveState.Gone
            : LiveState.Of(row.Status, row.TokenRevoked, row.Approved?.Label, row.Approved?.ValidUntil, clock.Today);
    }
}
