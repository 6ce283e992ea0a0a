using System.Globalization;

namespace SalesSuite.Health.Domain.Rules;

/// <summary>An explanation is stored as "resource key|arg|arg" so that each reader sees it in their own language.</summary>
internal static class Explanation
{
    public static string Of(string key, params object[] arguments) =>
        string.Join('|', arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)?.Replace('|', '/') ?? "").Prepend(key));

    public static (string Key, string[] Arguments) Read(string explanation)
    {
        var parts = explanation.Split('|');
        return (parts[0], parts[1..]);
    }
}
