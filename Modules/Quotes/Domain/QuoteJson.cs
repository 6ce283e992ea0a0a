using System.Text.Json;

namespace SalesSuite.Quotes.Domain;

/// <summary>Lines and schedules are stored as JSON snapshots: a version is one row, read whole.</summary>
internal static class QuoteJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(IReadOnlyList<T> items) => JsonSerializer.Serialize(items, Options);

    public static IReadOnlyList<QuoteLine> ReadLines(string json) =>
        string.IsNullOrEmpty(json) ? [] : WithIds(JsonSerializer.Deserialize<List<QuoteLine>>(json, Options) ?? []);

    /// <summary>A line without an id (stored before lines had one) gets a stable id from its position.</summary>
    public static List<QuoteLine> WithIds(IEnumerable<QuoteLine> lines) =>
        lines.Select((l, i) => l.LineId == Guid.Empty ? l with { LineId = PositionId(i) } : l).ToList();

    private static Guid PositionId(int index) => new(index + 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static IReadOnlyList<PaymentItem> ReadSchedule(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<PaymentItem>>(json, Options) ?? [];
}
