namespace SalesSuite.Stores.Application.Master;

/// <summary>
/// One line of a store file as it would be imported: what was read (<see cref="Draft"/> is null when the line has a
/// problem), whether it creates a store or updates the one with its code, and its problems.
/// </summary>
internal sealed record StoreImportRow(
    int Line, string? Code, string? Name, string? Region, string? Latitude, string? Longitude, string? Supervisor, string? Managers,
    bool Updates, StoreDraft? Draft, IReadOnlyList<ImportProblem> Problems)
{
    public bool Valid => Problems.Count == 0;
}
