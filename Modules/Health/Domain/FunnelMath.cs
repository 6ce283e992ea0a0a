namespace SalesSuite.Health.Domain;

/// <summary>Counts, conversion between consecutive steps and median time between them over a set of lead paths.</summary>
internal static class FunnelMath
{
    public static IReadOnlyList<FunnelStepCount> Count(IReadOnlyCollection<FunnelPath> paths)
    {
        var result = new List<FunnelStepCount>();
        int? previous = null;
        foreach (var step in FunnelPath.Steps)
        {
            var count = paths.Count(p => p.Reached(step));
            var conversion = previous is { } prev ? IndicatorMath.Share(count, prev) : null;
            result.Add(new FunnelStepCount(step, count, conversion, Median(paths.Select(p => p.HoursFromPrevious(step)))));
            previous = count;
        }
        return result;
    }

    public static double? Median(IEnumerable<double?> values)
    {
        var sorted = values.Where(v => v is not null).Select(v => v!.Value).Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
