using System.Globalization;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Web;

/// <summary>
/// What changed between two versions. The customer's view never includes cost. Lines are matched by product and
/// occurrence (the same product on two lines is normal: the first matches the first, the second the second).
/// </summary>
internal static class VersionDiff
{
    public static IReadOnlyList<DiffRow> Compare(QuoteVersion older, QuoteVersion newer, bool includeCost)
    {
        var rows = new List<DiffRow>();
        var before = Keyed(older.Lines);
        var after = Keyed(newer.Lines);
        foreach (var (_, line) in after.Where(l => !before.ContainsKey(l.Key)))
        {
            rows.Add(new DiffRow("added", line.ProductName, "Line_Quantity", null, N(line.Quantity)));
        }
        foreach (var (_, line) in before.Where(l => !after.ContainsKey(l.Key)))
        {
            rows.Add(new DiffRow("removed", line.ProductName, "Line_Quantity", N(line.Quantity), null));
        }
        foreach (var (key, line) in after.Where(l => before.ContainsKey(l.Key)))
        {
            var old = before[key];
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

    private static Dictionary<(string Code, int Occurrence), QuoteLine> Keyed(IReadOnlyList<QuoteLine> lines)
    {
        var keyed = new Dictionary<(string, int), QuoteLine>();
        foreach (var line in lines)
        {
            var occurrence = 0;
            while (keyed.ContainsKey((line.ProductCode, occurrence)))
            {
                occurrence++;
            }
            keyed[(line.ProductCode, occurrence)] = line;
        }
        return keyed;
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
