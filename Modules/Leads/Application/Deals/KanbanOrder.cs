namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// The order of a column's cards. Recent (the default): the latest stage change first, so a deal just moved shows at the
/// top of its new column on every open board. Stalled: the longest in stage first (the red / amber ones to chase).
/// </summary>
public enum KanbanOrder
{
    Recent,
    Stalled,
}
