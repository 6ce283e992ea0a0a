using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// The owners whose open deals one kanban shows: the viewer's visibility narrowed by the filter (<see cref="KanbanFilter"/>).
/// <see cref="Owners"/> null: every owner (a director without a filter); empty: nobody (a filter outside the visibility).
/// </summary>
internal sealed record KanbanScope(IReadOnlySet<Guid>? Owners)
{
    /// <summary>Equal for two boards that show the same deals: they share the data read per change token.</summary>
    public string Key => Owners is null ? "all" : string.Join(",", Owners.Order().Select(o => o.ToString("N")));

    /// <summary>Filters in the database: <c>OwnerId IN (…)</c>, which the (OwnerId, Status, …) index serves.</summary>
    public IQueryable<Deal> Apply(IQueryable<Deal> deals)
    {
        if (Owners is null)
        {
            return deals;
        }
        var owners = Owners.ToList();
        return deals.Where(d => owners.Contains(d.OwnerId));
    }
}
