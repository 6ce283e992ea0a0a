namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// One stage's column: the true count and expected amount of its open deals in scope (an aggregate), the first cards
/// (longest in stage first) and how many more there are, with the cursor that loads them (<see cref="Next"/>).
/// A "load more" page is a column too: its next cards, <see cref="More"/> after them and the cursor after those.
/// </summary>
public sealed record KanbanColumn(
    Guid StageId, string Name, int Count, decimal Amount, IReadOnlyList<DealCard> Cards, int More, KanbanCursor? Next);
