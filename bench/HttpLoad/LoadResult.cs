using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesSuite.Bench.HttpLoad;

internal sealed record LoadResult(double[] LatenciesMs, TimeSpan Elapsed, int Errors, IReadOnlyDictionary<int, int> Statuses)
{
    public double Percentile(double p) => Percentile(LatenciesMs.Order().ToArray(), p);

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public ResultLine ToLine(LoadOptions o, IReadOnlyDictionary<string, double>? extra = null)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return new ResultLine(
            o.Kind, o.Name, o.Method, o.Path, o.User ?? (o.Users.Count > 0 ? string.Join(",", o.Users) : null), o.Concurrency,
            Math.Round(Elapsed.TotalSeconds, 2), sorted.Length, Math.Round(sorted.Length / Elapsed.TotalSeconds, 1),
            Math.Round(Percentile(sorted, .5), 2), Math.Round(Percentile(sorted, .95), 2), Math.Round(Percentile(sorted, .99), 2),
            Math.Round(sorted.Length == 0 ? 0 : sorted[^1], 2), Errors,
            Statuses.OrderBy(s => s.Key).ToDictionary(s => s.Key.ToString(CultureInfo.InvariantCulture), s => s.Value),
            o.TargetP95Ms, o.TargetFloorRatio, extra);
    }

    public string Format(LoadOptions o)
    {
        var line = ToLine(o);
        var statuses = string.Join(" ", line.Statuses.Select(s => $"{s.Key}x{s.Value}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{line.Label}: n={line.Requests} c={line.Concurrency} p50={line.P50:F1}ms p95={line.P95:F1}ms p99={line.P99:F1}ms "
            + $"max={line.Max:F1}ms rps={line.Rps:F0} errors={line.Errors} status[{statuses}]");
    }
}

/// <summary>One load's result as one JSON line (bench/run.sh collects them; <c>report</c> turns them into latest.md).</summary>
internal sealed record ResultLine(
    string Kind, string Label, string? Method, string? Path, string? User, int Concurrency, double Seconds, int Requests, double Rps,
    double P50, double P95, double P99, double Max, int Errors, IReadOnlyDictionary<string, int> Statuses,
    double? TargetP95Ms, double? TargetFloorRatio, IReadOnlyDictionary<string, double>? Extra)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
