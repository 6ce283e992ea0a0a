using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Application.List;

/// <summary>
/// The quotes' change stamp (<see cref="QuoteChanges"/>) as a cache token, read once per request (one primary-key row):
/// the work queue's counts, first pages and escalation to-dos are all cached under it.
/// </summary>
internal sealed class QuoteStampQueries(QuotesDbContext db)
{
    private string? _token;

    public async Task<string> TokenAsync(CancellationToken ct) =>
        _token ??= (await ChangeStamps.ValueAsync(db, QuoteChanges.Quotes, ct)).ToString("N");
}
