using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.List;

/// <summary>The list's count per status, as the work queue caches them (a class, as the stamped cache keeps).</summary>
internal sealed record StatusCounts(IReadOnlyList<(QuoteStatus Status, BoundedCount Count)> Counts);
