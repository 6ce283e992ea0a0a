using System.Diagnostics;
using System.Globalization;

namespace SalesSuite.Bench;

/// <summary>Warms up, then times each call; prints and returns p50/p95/max in milliseconds.</summary>
public static class Measure
{
    public static readonly List<string> Lines = [];

    public static async Task RunAsync<T>(string name, int runs, Func<Task<T>> action)
    {
        for (var i = 0; i < 5; i++)
        {
            await action();
        }
        var samples = new double[runs];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < samples.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            samples[i] = watch.Elapsed.TotalMilliseconds;
        }
        // CPU per call (this process: host, EF and SQLite) is steadier than wall time on a machine shared with builds.
        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
        Array.Sort(samples);
        double P(double q) => samples[(int)Math.Min(samples.Length - 1, Math.Ceiling(q * samples.Length) - 1)];
        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {samples.Length} | {P(0.50):F1} ms | {P(0.95):F1} ms | {samples[^1]:F1} ms | {cpuPerCall:F1} ms |");
        Lines.Add(line);
        Console.WriteLine(line);
    }
}
