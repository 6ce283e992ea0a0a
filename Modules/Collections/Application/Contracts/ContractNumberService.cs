using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>
/// Contract numbers "HT-2026-00001", by year of signing. Two contracts numbered at the same moment collide on the
/// unique index; the loser's commit fails and is retried (the inbox for events, the person for the form).
/// </summary>
internal sealed class ContractNumberService(CollectionsDbContext db)
{
    public async Task<string> NextAsync(LocalDate signedOn, CancellationToken ct)
    {
        var prefix = $"HT-{signedOn.Year}-";
        var taken = await db.Contracts.CountAsync(c => c.Number.StartsWith(prefix), ct)
            + db.Contracts.Local.Count(c => c.Number.StartsWith(prefix, StringComparison.Ordinal) && db.Entry(c).State == EntityState.Added);
        return $"{prefix}{taken + 1:00000}";
    }
}
