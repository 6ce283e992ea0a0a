namespace SalesSuite.Stores.Application.Master;

/// <summary>The list's filter choices: the regions and the supervisors of the stores the reader may see.</summary>
internal sealed record StoreListOptions(IReadOnlyList<string> Regions, IReadOnlyList<(Guid Id, string Name)> Supervisors);
