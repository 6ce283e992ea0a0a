using System.Globalization;

namespace SalesSuite.Quotes.Domain;

/// <summary>Edits the schedule as one line per milestone: "预付款 30% 0" (name, percent, days after signing).</summary>
internal static class PaymentScheduleText
{
    public static IReadOnlyList<PaymentItem> Default { get; } =
        [new("预付款", 30m, 0), new("发货款", 60m, 30), new("验收款", 10m, 90)];

    public static string Format(IReadOnlyList<PaymentItem> items) =>
        string.Join("\n", items.Select(i => $"{i.Name} {i.Percent.ToString(CultureInfo.InvariantCulture)}% {i.DueDaysAfterSigning}"));

    /// <summary>Null when a line cannot be read or the percentages do not add up to 100.</summary>
    public static IReadOnlyList<PaymentItem>? Parse(string? text)
    {
        var items = new List<PaymentItem>();
        foreach (var raw in (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3
                || !decimal.TryParse(parts[1].TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent)
                || !int.TryParse(parts[2], out var days) || percent <= 0 || days < 0)
            {
                return null;
            }
            items.Add(new PaymentItem(parts[0], percent, days));
        }
        return items.Count > 0 && items.Sum(i => i.Percent) == 100m ? items : null;
    }
}
