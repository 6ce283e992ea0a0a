namespace SalesSuite.Quotes.Application.List;

/// <summary>
/// A page of the viewer's approval queue, how many steps wait in all and how many of them are past their SLA (both
/// exact), and the cursor of the next page (null: the last).
/// </summary>
internal sealed record ApprovalQueue(IReadOnlyList<QueueRow> Rows, int Count, int Overdue, string? Next);
