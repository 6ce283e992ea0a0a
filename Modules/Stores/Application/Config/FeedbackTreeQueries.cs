using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

/// <summary>The feedback tree as headquarters edits it (a few dozen rows at most).</summary>
internal sealed class FeedbackTreeQueries(StoresDbContext db)
{
    public async Task<IReadOnlyList<FeedbackCategory>> TreeAsync(CancellationToken ct) =>
        (await db.FeedbackCategories.AsNoTracking().ToListAsync(ct)).OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();

    public Task<FeedbackCategory?> CategoryAsync(Guid id, CancellationToken ct) =>
        db.FeedbackCategories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The option codes of a category that feedback already used (they can be deactivated, not removed).</summary>
    public async Task<IReadOnlySet<string>> UsedOptionsAsync(string categoryCode, CancellationToken ct) =>
        (await db.Feedback.Where(f => f.CategoryCode == categoryCode).Select(f => f.OptionCode).Distinct().ToListAsync(ct)).ToHashSet();
}
