using System.Diagnostics;

namespace SalesSuite.Leads.Bench;

internal static class Measure
{
    /// <summary>Warms up, then times each call; prints p50/p95/max in milliseconds.</summary>
    public static async Task RunAsync<T>(string name, int iterations, Func<Task<T>> action)
    {
        for (var i = 0; i < 5; i++)
        {
            await action();
        }
        var samples = new double[iterations - 5];
        for (var i = 0; i < samples.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            samples[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(samples);
        double P(double q) => samples[(int)Math.Min(samples.Length - 1, Math.Ceiling(q * samples.Length) - 1)];
        Console.WriteLine($"{name}: n={samples.Length} p50={P(0.50):F2} ms p95={P(0.95):F2} ms max={samples[^1]:F2} ms");
    }
}
