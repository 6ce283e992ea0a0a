namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// What one kanban shows: per stage the count and amount of the deals in scope and the first cards. Read once per change
/// token and <see cref="KanbanScope"/> + filter, and shared by every viewer of that scope (the kernel's <c>StampedCache</c>):
/// bounded by the stages × <see cref="KanbanQueries.PageSize"/> cards, whatever the number of deals.
/// </summary>
internal sealed record KanbanSnapshot(string PipelineName, IReadOnlyList<KanbanColumn> Columns)
{
    public static readonly KanbanSnapshot Empty = new("", []);
}
