namespace SalesSuite.Stores.Application.Master;

/// <summary>One line of the store list (people by display name).</summary>
internal sealed record StoreRow(
    Guid Id, string Code, string Name, string Region, string? Supervisor, IReadOnlyList<string> Managers, int RadiusMeters,
    int MinDwellMinutes, bool Active);
