using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>Revoke the customer's link (it then answers 404) or issue a fresh one.</summary>
internal sealed class TokenCommands(QuotesDbContext db, RecordAccess access, UnitOfWork<QuotesDbContext> work)
{
    public async Task RevokeAsync(Guid quoteId, bool reissue, CancellationToken ct)
    {
        var quote = await db.LoadAsync(quoteId, ct) ?? throw new KeyNotFoundException();
        if (!access.IsOwner(quote) && !await access.CanSeeAsync(quote.OwnerId, ct))
        {
            throw new UnauthorizedAccessException();
        }
        if (reissue)
        {
            quote.ReissueToken(PublicToken.New());
        }
        else
        {
            quote.RevokeToken();
        }
        await work.CommitAsync(reissue ? "Quote.ReissueLink" : "Quote.RevokeLink", ct);
    }
}
