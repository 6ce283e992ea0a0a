using System.Globalization;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>Amounts as typed ("12,345.60") or as a bank statement prints them; invariant culture, never double.</summary>
internal static class AmountText
{
    public static decimal? Parse(string? text) =>
        decimal.TryParse(text?.Trim().Replace("¥", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture,
            out var value) ? value : null;

    /// <summary>The amount as a form shows it again ("1234.50").</summary>
    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
