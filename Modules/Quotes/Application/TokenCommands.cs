using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.Quotes.Application;

/// <summary>Revoke the customer's link (it then answers 404) or issue a fresh one.</summary>
internal sealed class TokenCommands(QuotesDbContext db, QuoteAccess access, IOperationContext operation)
{
    public async Task RevokeAsync(Guid quoteId, bool reissue, CancellationToken ct)
    {
        var quote = await db.LoadAsync(quoteId, ct) ?? throw new KeyNotFoundException();
        if (!access.IsOwner(quote) && !(await access.VisibilityAsync(ct)).CanSee(quote.OwnerId))
        {
            throw new UnauthorizedAccessException();
        }
        if (reissue)
        {
            quote.ReissueToken(PublicToken.New());
            operation.Begin("Quote.ReissueLink");
        }
        else
        {
            quote.RevokeToken();
            operation.Begin("Quote.RevokeLink");
        }
        await db.SaveChangesAsync(ct);
    }
}
