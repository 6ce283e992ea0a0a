using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Bench;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Bench;
using SalesSuite.Testing;

// Stores benchmark: 137 stores × one year of daily reports in the real host's SQLite file (fake clock at 2026-11-23 09:00
// Shanghai), then headquarters' pages through the real host as the director (p50 / p95 over N runs, Release), and the disk
// one typical report uses after the media processing.
// Run: dotnet run -c Release --project bench/Stores [-- stores days runs]
var storeCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 137;
var days = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 365;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40;

Directory.SetCurrentDirectory(AppContext.BaseDirectory);
await using var factory = new BenchFactory();
using var director = await factory.SignInAsync("director", "en");
var manager = await factory.UserIdAsync("store01");
var supervisor = await factory.UserIdAsync("mgr.east");
var today = await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<BusinessClock>().Today));
var zone = await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<BusinessClock>().Zone));

var watch = Stopwatch.StartNew();
var counts = await factory.InScopeAsync(sp => BenchChain.WriteAsync(sp, today, storeCount, days, manager, supervisor, zone));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{counts.Stores} stores, {counts.Reports:N0} reports, {counts.Executions:N0} promotion lines, {counts.Files:N0} file rows, "
    + $"{counts.Feedback:N0} feedback lines, {counts.Rollouts:N0} roll-out lines written in {watch.Elapsed.TotalSeconds:F0} s"));
var dbFile = Directory.GetFiles(factory.DataFolder, "stores*.db").FirstOrDefault();
if (dbFile is not null)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stores database: {new FileInfo(dbFile).Length / 1024.0 / 1024.0:F1} MB"));
}

var from = today.PlusDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
var to = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
Console.WriteLine("| page | runs | p50 | p95 | max | CPU/call |");
Console.WriteLine("|---|---|---|---|---|---|");
await Measure.RunAsync("execution rate, this month (default)", runs, () => GetAsync(director, "/Stores/Execution"));
await Measure.RunAsync("execution rate, 12 months", runs, () => GetAsync(director, $"/Stores/Execution?from={from}&to={to}"));
await Measure.RunAsync("compliance per store, 12 months", runs, () => GetAsync(director, $"/Stores/Compliance?from={from}&to={to}"));
await Measure.RunAsync("regional map, this month", runs, () => GetAsync(director, "/Stores/Map"));
await Measure.RunAsync("roll-out progress, 12 months", runs, () => GetAsync(director, $"/Stores/Rollout?from={from}&to={to}"));
await Measure.RunAsync("report list, first page", runs, () => GetAsync(director, "/Stores/Reports"));
await Measure.RunAsync("supervisors, this month", runs, () => GetAsync(director, "/Stores/Supervisors"));
await Measure.RunAsync("quality, this month", runs, () => GetAsync(director, "/Stores/Quality"));

var storeId = await factory.InScopeAsync(sp =>
    Task.FromResult(sp.GetRequiredService<SalesSuite.Stores.Data.StoresDbContext>().Stores.OrderBy(s => s.Code).First().Id));
var (stored, uploaded) = await factory.InScopeAsync(sp => DiskPerReport.MeasureAsync(sp, storeId, today, manager));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"disk per report (3 shelf + 1 promotion photo, 1 screenshot, 2 × 20 s recordings): {stored / 1024.0:F0} KB stored for {uploaded / 1024.0 / 1024.0:F1} MB uploaded"));

static async Task<int> GetAsync(HttpClient client, string url)
{
    using var response = await client.GetAsync(url);
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadAsStringAsync()).Length;
}
