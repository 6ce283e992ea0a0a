namespace SalesSuite.Stores.Application.Hq;

/// <summary>Query strings without empty values (links stay short and readable).</summary>
internal static class HqQuery
{
    public static void Add(Dictionary<string, string?> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value;
        }
    }
}
