namespace SalesSuite.Health.Domain.Process;

/// <summary>
/// Percentiles by linear interpolation between closest ranks (Excel PERCENTILE.INC, R type 7): position
/// p × (n − 1) in the sorted values, interpolated between its two neighbours. The median is p = 0.5.
/// </summary>
internal static class Percentile
{
    /// <summary>The <paramref name="p"/> (0..1) percentile of <paramref name="values"/>; null when there are none.</summary>
    public static double? Of(IEnumerable<double> values, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }
        var position = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    public static double? Median(IEnumerable<double> values) => Of(values, 0.5);
}
