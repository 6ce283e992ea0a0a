using System.Globalization;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>Short amounts for chart axes and bar ends: 万 / 亿 in Chinese, K / M / B otherwise (the tables show exact amounts).</summary>
internal static class ChartFormat
{
    public static string Compact(decimal amount, CultureInfo culture)
    {
        var abs = Math.Abs(amount);
        if (culture.Name.StartsWith("zh", StringComparison.Ordinal))
        {
            return abs >= 100_000_000m ? Short(amount / 100_000_000m, culture) + "亿"
                : abs >= 10_000m ? Short(amount / 10_000m, culture) + "万"
                : Short(amount, culture);
        }
        return abs >= 1_000_000_000m ? Short(amount / 1_000_000_000m, culture) + "B"
            : abs >= 1_000_000m ? Short(amount / 1_000_000m, culture) + "M"
            : abs >= 1_000m ? Short(amount / 1_000m, culture) + "K"
            : Short(amount, culture);
    }

    private static string Short(decimal value, CultureInfo culture) => Math.Round(value, 1).ToString("0.#", culture);
}
