using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Actions;

/// <summary>Open next actions with the names of their customers and owners.</summary>
internal sealed record NextActionList(
    IReadOnlyList<NextAction> Rows, IReadOnlyDictionary<Guid, string> Customers, IReadOnlyDictionary<Guid, string> Owners)
{
    public static readonly NextActionList Empty = new([], new Dictionary<Guid, string>(), new Dictionary<Guid, string>());
}
