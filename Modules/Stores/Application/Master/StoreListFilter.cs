namespace SalesSuite.Stores.Application.Master;

/// <summary>What the store list is narrowed and ordered by (the page's query string; the CSV export uses the same).</summary>
internal sealed record StoreListFilter(string? Q, string? Region, Guid? SupervisorUserId, string? Sort, bool Descending)
{
    public static readonly IReadOnlyList<string> Columns = ["code", "name", "region", "supervisor", "managers", "radius", "dwell", "active"];
}
