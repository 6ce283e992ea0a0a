using System.Globalization;

namespace SalesSuite.Quotes.Application.Catalogue;

/// <summary>Parses "code,name,list price,cost[,tax %]" lines (a header line is skipped). All or nothing.</summary>
internal static class CatalogueCsv
{
    public static (List<CatalogueRow> Rows, List<int> BadLines) Parse(string text)
    {
        var rows = new List<CatalogueRow>();
        var bad = new List<int>();
        var lines = text.Replace("\r", string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || (i == 0 && line.StartsWith("code", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            var parts = line.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length is < 4 or > 5 || parts[0].Length is 0 or > 50 || parts[1].Length is 0 or > 200
                || !Dec(parts[2], out var price) || !Dec(parts[3], out var cost))
            {
                bad.Add(i + 1);
                continue;
            }
            var tax = 13m;
            if (parts.Length == 5 && !Dec(parts[4], out tax))
            {
                bad.Add(i + 1);
                continue;
            }
            rows.Add(new CatalogueRow(parts[0], parts[1], price, cost, tax));
        }
        return (rows, bad);
    }

    private static bool Dec(string s, out decimal value) =>
        decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out value) && value >= 0;
}
