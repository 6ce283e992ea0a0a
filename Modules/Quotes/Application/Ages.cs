using NodaTime;

namespace SalesSuite.Quotes.Application;

/// <summary>"2d 3h" / "45m": short ages for queues.</summary>
internal static class Ages
{
    public static string Short(Duration age) =>
        age.Days > 0 ? $"{age.Days}d {age.Hours}h" : age.Hours > 0 ? $"{age.Hours}h {age.Minutes}m" : $"{Math.Max(0, age.Minutes)}m";
}
