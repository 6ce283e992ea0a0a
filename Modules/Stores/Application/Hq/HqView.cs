using NodaTime;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>What every headquarters view starts from: the period, today, the stores shown and the regions one may pick.</summary>
internal sealed record HqView(
    HqPeriod Period, LocalDate Today, IReadOnlyList<HqStore> Stores, IReadOnlyList<string> Regions, IReadOnlyDictionary<Guid, string> Names)
{
    public IReadOnlyList<Guid> StoreIds { get; } = Stores.Select(s => s.Id).ToList();

    public string Name(Guid? userId) => userId is { } id && Names.TryGetValue(id, out var name) ? name : "—";
}
