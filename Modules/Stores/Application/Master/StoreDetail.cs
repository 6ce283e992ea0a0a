using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Master;

/// <summary>The store page's facts: the store itself, its people by name and its change history.</summary>
internal sealed record StoreDetail(Store Store, string? Supervisor, IReadOnlyList<string> Managers, IReadOnlyList<StoreHistoryEntry> History);
