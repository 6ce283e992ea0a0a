using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>
/// The customer's page by token: one small indexed query (the quote's stamp, live tokens only) and, when this host
/// has the page for that stamp, nothing else. Otherwise the quote with its versions, the versions seen and the
/// salesperson are read (no tracking) and kept in <see cref="PublicQuotePageCache"/>.
/// </summary>
/// <remarks>The organisation (the platform database) is resolved on a miss only: a cached page builds no second context.</remarks>
internal sealed class PublicQuoteQueries(QuotesDbContext db, IServiceProvider services, PublicQuotePageCache cache)
{
    public async Task<PublicQuotePage?> PageAsync(string token, CancellationToken ct)
    {
        var stamp = await db.Quotes.AsNoTracking()
            .Where(q => q.PublicToken == token && !q.TokenRevoked)
            .Select(q => (int?)q.Version)
            .FirstOrDefaultAsync(ct);
        if (stamp is null)
        {
            return null;
        }
        if (cache.Get(token, stamp.Value) is { } cached)
        {
            return cached;
        }
        var generation = cache.Generation;
        var quote = await db.Quotes.AsNoTracking().Include(q => q.Versions)
            .FirstOrDefaultAsync(q => q.PublicToken == token && !q.TokenRevoked, ct);
        if (quote is null)
        {
            return null;
        }
        var salesperson = await services.GetRequiredService<IOrganisation>().FindUserAsync(quote.OwnerId, ct);
        var page = PublicQuotePage.Of(quote, salesperson, await SeenAsync(quote.Id, ct));
        cache.Set(token, page, generation);
        return page;
    }

    /// <summary>The version labels the customer's viewers have seen (the page's change history).</summary>
    public Task<List<string>> SeenAsync(Guid quoteId, CancellationToken ct) =>
        db.Views.AsNoTracking().Where(v => v.QuoteId == quoteId).Select(v => v.VersionLabel).Distinct().ToListAsync(ct);
}
