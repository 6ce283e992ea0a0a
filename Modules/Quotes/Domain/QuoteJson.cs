using System.Text.Json;

namespace SalesSuite.Quotes.Domain;

/// <summary>Lines and schedules are stored as JSON snapshots: a version is one row, read whole.</summary>
internal static class QuoteJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(IReadOnlyList<T> items) => JsonSerializer.Serialize(items, Options);

    public static IReadOnlyList<QuoteLine> ReadLines(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<QuoteLine>>(json, Options) ?? [];

    public static IReadOnlyList<PaymentItem> ReadSchedule(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<PaymentItem>>(json, Options) ?? [];
}
