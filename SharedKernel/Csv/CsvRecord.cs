namespace SalesSuite.SharedKernel.Csv;

/// <summary>One CSV record: the file line it starts on (1-based), its cells and, with a header, header → value.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Cells, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The trimmed cell at <paramref name="index"/>, or null when it is missing or blank.</summary>
    public string? Cell(int index) => index < Cells.Count && !string.IsNullOrWhiteSpace(Cells[index]) ? Cells[index].Trim() : null;

    /// <summary>The trimmed value under <paramref name="header"/> (case-insensitive), or null when missing or blank.</summary>
    public string? Value(string header) =>
        Values.TryGetValue(header, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
