using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Files;

namespace SalesSuite.Quotes.Application.Evidence;

/// <summary>The cost evidence of a quote, for whoever may see the quote (null / 404 otherwise).</summary>
internal sealed class EvidenceQueries(QuotesDbContext db, RecordAccess access, IFileStore files)
{
    /// <summary>The quote and its evidence (newest first), or null when the quote is not visible.</summary>
    public async Task<(Quote Quote, IReadOnlyList<CostEvidence> Files)?> ForQuoteAsync(Guid quoteId, CancellationToken ct)
    {
        var quote = await db.LoadAsync(quoteId, ct);
        if (quote is null || !await access.CanSeeAsync(quote, ct))
        {
            return null;
        }
        var evidence = await db.CostEvidence.AsNoTracking().Where(e => e.QuoteId == quoteId).ToListAsync(ct);
        return (quote, evidence.OrderByDescending(e => e.UploadedAt.ToUnixTimeTicks()).ToList());
    }

    /// <summary>One evidence file's row and bytes, or null (not visible, no such file, bytes gone).</summary>
    public async Task<(CostEvidence Evidence, Stream Content)?> OpenAsync(Guid quoteId, Guid evidenceId, CancellationToken ct)
    {
        var found = await ForQuoteAsync(quoteId, ct);
        if (found?.Files.FirstOrDefault(e => e.Id == evidenceId) is not { } evidence
            || await files.OpenReadAsync(evidence.StorageKey, ct) is not { } content)
        {
            return null;
        }
        return (evidence, content);
    }
}
