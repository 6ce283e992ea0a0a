using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.Chain;

/// <summary>The approval chain as configured; a read never inserts (ADR 0008, ADR 0012).</summary>
internal sealed class ApprovalChainQueries(QuotesDbContext db)
{
    /// <summary>The stored chain, or the default chain in memory while nobody has saved one.</summary>
    public async Task<IReadOnlyList<ChainStepRule>> ChainAsync(CancellationToken ct)
    {
        var rules = await db.ChainSteps.AsNoTracking().OrderBy(r => r.Order).ToListAsync(ct);
        return rules.Count > 0 ? rules : DefaultChain.Create();
    }
}
