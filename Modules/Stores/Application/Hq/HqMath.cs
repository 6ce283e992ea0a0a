namespace SalesSuite.Stores.Application.Hq;

/// <summary>The headquarters views' arithmetic: rates and the traffic-light colour of report compliance.</summary>
internal static class HqMath
{
    public const decimal Green = 0.9m;
    public const decimal Amber = 0.7m;

    /// <summary>part / whole, or null when there is nothing to divide by (shown as "—", never as 0 %).</summary>
    public static decimal? Rate(int part, int whole) => whole <= 0 ? null : Math.Min(1m, (decimal)part / whole);

    /// <summary>rag-green at 90 % and above, rag-amber at 70 %, rag-red below; rag-none without a rate.</summary>
    public static string Rag(decimal? rate) => rate switch
    {
        null => "rag-none",
        >= Green => "rag-green",
        >= Amber => "rag-amber",
        _ => "rag-red",
    };

    /// <summary>The mean of the rates that exist (null when none does).</summary>
    public static decimal? Average(IEnumerable<decimal?> rates)
    {
        var values = rates.Where(r => r is not null).Select(r => r!.Value).ToList();
        return values.Count == 0 ? null : Math.Round(values.Average(), 4);
    }
}
