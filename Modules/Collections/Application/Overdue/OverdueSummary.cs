namespace SalesSuite.Collections.Application.Overdue;

/// <summary>The reader's overdue list: the items (most overdue first, at most a page) and the totals of all of them.</summary>
internal sealed record OverdueSummary(IReadOnlyList<OverdueItem> Items, int Count, int Untagged, decimal Outstanding);
