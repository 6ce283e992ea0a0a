using System.Globalization;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Web;

/// <summary>What changed between two versions. The customer's view never includes cost.</summary>
internal static class VersionDiff
{
    public static IReadOnlyList<DiffRow> Compare(QuoteVersion older, QuoteVersion newer, bool includeCost)
    {
        var rows = new List<DiffRow>();
        var before = older.Lines.ToDictionary(l => l.ProductCode);
        var after = newer.Lines.ToDictionary(l => l.ProductCode);
        foreach (var line in newer.Lines.Where(l => !before.ContainsKey(l.ProductCode)))
        {
            rows.Add(new DiffRow("added", line.ProductName, "Line_Quantity", null, N(line.Quantity)));
        }
        foreach (var line in older.Lines.Where(l => !after.ContainsKey(l.ProductCode)))
        {
            rows.Add(new DiffRow("removed", line.ProductName, "Line_Quantity", N(line.Quantity), null));
        }
        foreach (var line in newer.Lines.Where(l => before.ContainsKey(l.ProductCode)))
        {
            var old = before[line.ProductCode];
            Add(rows, line.ProductName, "Line_Quantity", old.Quantity, line.Quantity);
            Add(rows, line.ProductName, "Line_UnitPrice", old.UnitPrice, line.UnitPrice);
            Add(rows, line.ProductName, "Line_Discount", old.DiscountPercent, line.DiscountPercent);
            Add(rows, line.ProductName, "Line_Tax", old.TaxRatePercent, line.TaxRatePercent);
            Add(rows, line.ProductName, "Line_Delivery", old.DeliveryDays, line.DeliveryDays);
            if (includeCost)
            {
                Add(rows, line.ProductName, "Line_UnitCost", old.UnitCost, line.UnitCost);
            }
        }
        if (older.Terms != newer.Terms)
        {
            rows.Add(new DiffRow("changed", "—", "Quote_Terms", older.Terms, newer.Terms));
        }
        if (older.ValidUntil != newer.ValidUntil)
        {
            rows.Add(new DiffRow(
                "changed", "—", "Quote_ValidUntil", older.ValidUntil.ToString("yyyy-MM-dd", null), newer.ValidUntil.ToString("yyyy-MM-dd", null)));
        }
        Add(rows, "—", "Totals_Gross", older.Gross, newer.Gross);
        return rows;
    }

    private static void Add(List<DiffRow> rows, string subject, string field, decimal before, decimal after)
    {
        if (before != after)
        {
            rows.Add(new DiffRow("changed", subject, field, N(before), N(after)));
        }
    }

    private static string N(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
