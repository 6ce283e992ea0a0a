using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

// Usage: dotnet run -c Release --project bench/Quotes [-- <host dll>]
// Starts Host on 127.0.0.1 with a fresh demo database, then runs bounded loops against the public quote page.
var root = FindRoot();
var hostDll = args.Length > 0 ? args[0] : Path.Combine(root, "Host/bin/Release/net10.0/SalesSuite.Host.dll");
if (!File.Exists(hostDll))
{
    Console.Error.WriteLine($"Build the host first: dotnet build Host -c Release  (missing {hostDll})");
    return 1;
}
var data = Path.Combine(Path.GetTempPath(), "salessuite-bench-" + Guid.NewGuid().ToString("N"));
const string Url = "http://127.0.0.1:5187";
using var host = Process.Start(new ProcessStartInfo("dotnet", $"\"{hostDll}\"")
{
    WorkingDirectory = Path.GetDirectoryName(hostDll)!,
    RedirectStandardOutput = true,
    RedirectStandardError = true,
    Environment =
    {
        ["ASPNETCORE_URLS"] = Url,
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__DataFolder"] = data,
        ["Quotes__PublicPermitsPerMinute"] = "1000000",
        ["Quotes__TickerEnabled"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
    },
})!;
host.OutputDataReceived += (_, _) => { };
host.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine(e.Data); } };
host.BeginOutputReadLine();
host.BeginErrorReadLine();
try
{
    using var http = new HttpClient { BaseAddress = new Uri(Url) };
    await WaitHealthyAsync(http);
    var token = ReadToken(Path.Combine(data, "quotes.db"));
    var path = $"/q/{token}";
    Console.WriteLine($"host: {hostDll}\npage: {path}\nmachine: {Environment.ProcessorCount} cores, {Environment.OSVersion}");

    // Returning viewer (cookie kept): the common case; still writes the view count.
    var handler = new HttpClientHandler { UseCookies = true };
    using var viewer = new HttpClient(handler) { BaseAddress = new Uri(Url) };
    await Sequential(viewer, path, 50, "warm-up");
    var seq = await Sequential(viewer, path, 1000, "sequential, returning viewer");
    Report("sequential, returning viewer", seq, null);
    var fresh = await FreshSessions(path, 200);
    Report("sequential, new session each (QuoteViewed + notification)", fresh, null);
    foreach (var workers in new[] { 4, 16 })
    {
        var (latencies, elapsed) = await Concurrent(path, workers, 2000);
        Report($"concurrent x{workers}, 2000 requests", latencies, 2000 / elapsed.TotalSeconds);
    }
    return 0;
}
finally
{
    if (!host.HasExited)
    {
        host.Kill(entireProcessTree: true);
        await host.WaitForExitAsync();
    }
    SqliteConnection.ClearAllPools();
    try { Directory.Delete(data, true); } catch (IOException) { }
}

static async Task<List<double>> Sequential(HttpClient client, string path, int count, string label)
{
    var list = new List<double>(count);
    for (var i = 0; i < count; i++)
    {
        var sw = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        list.Add(sw.Elapsed.TotalMilliseconds);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{label}: {(int)response.StatusCode}");
        }
    }
    return list;
}

static async Task<List<double>> FreshSessions(string path, int count)
{
    var list = new List<double>(count);
    for (var i = 0; i < count; i++)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(Url) };
        list.AddRange(await Sequential(client, path, 1, "fresh"));
    }
    return list;
}

static async Task<(List<double>, TimeSpan)> Concurrent(string path, int workers, int total)
{
    var all = new System.Collections.Concurrent.ConcurrentBag<double>();
    var remaining = total;
    var sw = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri(Url) };
        while (Interlocked.Decrement(ref remaining) >= 0)
        {
            foreach (var ms in await Sequential(client, path, 1, "concurrent"))
            {
                all.Add(ms);
            }
        }
    }));
    return (all.ToList(), sw.Elapsed);
}

static void Report(string label, List<double> ms, double? rps)
{
    ms.Sort();
    double P(double q) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label}: n={ms.Count} p50={P(0.50):0.0} ms p95={P(0.95):0.0} ms max={ms[^1]:0.0} ms{(rps is { } r ? $" throughput={r:0} req/s" : "")}"));
}

static async Task WaitHealthyAsync(HttpClient http)
{
    for (var i = 0; i < 120; i++)
    {
        try
        {
            if ((await http.GetAsync("/healthz")).IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
        }
        await Task.Delay(500);
    }
    throw new TimeoutException("host did not become healthy in 60 s");
}

static string ReadToken(string dbFile)
{
    using var connection = new SqliteConnection($"Data Source={dbFile};Mode=ReadOnly");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT PublicToken FROM Quotes WHERE Number = 'Q-2026-0001'";
    return (string)command.ExecuteScalar()!;
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesSuite.sln")))
    {
        dir = dir.Parent;
    }
    return dir?.FullName ?? throw new InvalidOperationException("SalesSuite.sln not found above the bench.");
}
