using System.Globalization;
using SalesSuite.SharedKernel.Csv;

namespace SalesSuite.Quotes.Application.Catalogue;

/// <summary>
/// Parses "code,name,list price,cost[,tax %]" records (a header line is skipped) through the kernel's <see cref="CsvFile"/>:
/// quoted names may hold commas; a file over the limits or with garbled text is refused whole. All or nothing.
/// </summary>
internal static class CatalogueCsv
{
    public static (List<CatalogueRow> Rows, List<int> BadLines) Parse(string text, CsvLimits limits)
    {
        var rows = new List<CatalogueRow>();
        var table = CsvFile.Read(text, limits, hasHeader: false);
        var bad = table.Errors.Select(e => e.Line).ToList();
        foreach (var record in table.Records)
        {
            var parts = record.Cells.Select(c => c.Trim()).ToArray();
            if (record == table.Records[0] && parts[0].StartsWith("code", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var tax = 13m;
            if (parts.Length is < 4 or > 5 || parts[0].Length is 0 or > 50 || parts[1].Length is 0 or > 200
                || !Dec(parts[2], out var price) || !Dec(parts[3], out var cost) || (parts.Length == 5 && !Dec(parts[4], out tax)))
            {
                bad.Add(record.Line);
                continue;
            }
            rows.Add(new CatalogueRow(parts[0], parts[1], price, cost, tax));
        }
        bad.Sort();
        return (rows, bad);
    }

    private static bool Dec(string s, out decimal value) =>
        decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out value) && value >= 0;
}
