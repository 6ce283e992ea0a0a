namespace SalesSuite.Leads.Application.Deals;

/// <summary>The kanban filters' choices: the owners (visible salespeople) and teams the viewer may pick.</summary>
public sealed record KanbanFilterOptions(IReadOnlyList<(Guid Id, string Name)> Owners, IReadOnlyList<(Guid Id, string Name)> Teams)
{
    public static readonly KanbanFilterOptions None = new([], []);
}
