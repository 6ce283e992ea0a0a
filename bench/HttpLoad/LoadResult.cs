using System.Globalization;

namespace SalesSuite.Bench.HttpLoad;

internal sealed record LoadResult(double[] LatenciesMs, TimeSpan Elapsed, int Errors, IReadOnlyDictionary<int, int> Statuses)
{
    public double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string Format(LoadOptions o)
    {
        var rps = LatenciesMs.Length / Elapsed.TotalSeconds;
        var statuses = string.Join(" ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Value}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{o.Label ?? o.Method + " " + o.Path}: n={LatenciesMs.Length} c={o.Concurrency} "
            + $"p50={Percentile(.5):F1}ms p95={Percentile(.95):F1}ms p99={Percentile(.99):F1}ms max={LatenciesMs.Max():F1}ms "
            + $"rps={rps:F0} errors={Errors} status[{statuses}]");
    }
}
