using System.Globalization;

namespace SalesSuite.SharedKernel.Csv;

/// <summary>
/// What one import accepts. A file over either limit is refused whole (never cut), naming the limit; each import
/// chooses its own numbers (configuration), the defaults suit a trade-show scan list.
/// </summary>
public sealed record CsvLimits(int MaxRows = 20_000, long MaxBytes = 8 * 1024 * 1024)
{
    /// <summary>The byte limit as shown to the user ("8 MB", "512 KB").</summary>
    public string MaxSize => MaxBytes >= 1024 * 1024
        ? (MaxBytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : (MaxBytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
}
