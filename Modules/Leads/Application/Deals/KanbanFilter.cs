namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// The kanban's filters (query string): one owner, one team (both narrow what the viewer may see, never widen it) and the
/// order of the cards in a column.
/// </summary>
public sealed class KanbanFilter
{
    public Guid? Owner { get; set; }
    public Guid? Team { get; set; }
    public KanbanOrder Order { get; set; }

    /// <summary>Part of the live cache's key: boards of different filters never share data or HTML.</summary>
    public string Key => $"{Owner:N}|{Team:N}|{Order}";
}
