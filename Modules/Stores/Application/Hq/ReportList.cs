namespace SalesSuite.Stores.Application.Hq;

/// <summary>One page of the report list with what its filters need (stores, regions, promotions, categories, people).</summary>
internal sealed record ReportList(
    HqView View, IReadOnlyList<ReportRow> Rows, int Count, int PageNo, IReadOnlyList<(Guid Id, string Label)> Promotions,
    IReadOnlyList<(string Code, string Name)> Categories)
{
    public const int PageSize = 50;
    public const int MaxExportRows = 10_000;

    public IReadOnlyDictionary<Guid, HqStore> StoresById { get; } = View.Stores.ToDictionary(s => s.Id);

    public string StoreLabel(Guid id) => StoresById.TryGetValue(id, out var s) ? s.Code + " " + s.Name : "—";

    public int FirstRow => ((PageNo - 1) * PageSize) + 1;

    public bool HasNext => PageNo * PageSize < Count;
}
