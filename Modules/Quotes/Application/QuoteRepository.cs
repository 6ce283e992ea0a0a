using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application;

internal static class QuoteRepository
{
    public static Task<Quote?> LoadAsync(this QuotesDbContext db, Guid id, CancellationToken ct) =>
        db.Quotes.Include(q => q.Versions).Include(q => q.Steps).AsSplitQuery().FirstOrDefaultAsync(q => q.Id == id, ct);

    public static Task<Quote?> LoadByTokenAsync(this QuotesDbContext db, string token, CancellationToken ct) =>
        db.Quotes.Include(q => q.Versions).Include(q => q.Steps).AsSplitQuery()
            .FirstOrDefaultAsync(q => q.PublicToken == token && !q.TokenRevoked, ct);
}
