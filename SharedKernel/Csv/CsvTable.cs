namespace SalesSuite.SharedKernel.Csv;

/// <summary>A whole file read within its limits: the header (empty without one), the records and the per-line errors.</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRecord> Records, IReadOnlyList<CsvLineError> Errors)
{
    /// <summary>Maps every record with <paramref name="map"/> (the row-mapping callback), in file order.</summary>
    public IReadOnlyList<T> Map<T>(Func<CsvRecord, T> map) => [.. Records.Select(map)];
}
