using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Bench;
using SalesSuite.Goals.Bench;
using SalesSuite.Goals.Domain;
using SalesSuite.Health.Bench;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Testing;

// Goals benchmark: 200 salespeople in 20 teams × a year of evidence events in the real host's SQLite file (fake clock at
// 2026-11-23 09:00 Shanghai), then the progress heatmaps, the drill-down and the other boards through the real host as the
// director (all 200 people) and as a regional manager (one team); p50 / p95 over N runs, Release.
// Run: dotnet run -c Release --project bench/Goals [-- days runs]
var days = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 365;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;

Directory.SetCurrentDirectory(AppContext.BaseDirectory);
await using var factory = new BenchFactory();
using var director = await factory.SignInAsync("director", "en");
using var manager = await factory.SignInAsync("mgr.east", "zh-CN");
var sellers = await BenchPeople.EnsureAsync(factory, 20);
var today = await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<BusinessClock>().Today));
var zone = await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<BusinessClock>().Zone));
var directorId = await factory.UserIdAsync("director");

var watch = Stopwatch.StartNew();
var counts = await BenchEvidence.WriteAsync(factory.Services, sellers, today, days, zone, directorId);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{counts.People} people, {counts.Facts:N0} evidence facts, {counts.Matches:N0} matches, {counts.Contracts:N0} contracts, "
    + $"{counts.Targets:N0} targets written in {watch.Elapsed.TotalSeconds:F0} s"));
var dbFile = Directory.GetFiles(factory.DataFolder, "goals*.db").FirstOrDefault();
if (dbFile is not null)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"goals database: {new FileInfo(dbFile).Length / 1024.0 / 1024.0:F1} MB"));
}

var quarter = GoalPeriod.Of(PeriodKind.Quarter, today);
var week = GoalPeriod.Of(PeriodKind.Week, today);
var someone = sellers[0].Id;
var keyVisit = DefaultActionTypes.IdOf(KeyActionType.KeyVisit);
var from = quarter.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
var to = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
Console.WriteLine("| page | runs | p50 | p95 | max | CPU/call |");
Console.WriteLine("|---|---|---|---|---|---|");
await Measure.RunAsync("progress heatmap, quarter, 200 people (director)", runs, () => GetAsync(director, $"/Goals/Progress?period={quarter.Key}"));
await Measure.RunAsync("action vs result, quarter, 200 people (director)", runs,
    () => GetAsync(director, $"/Goals/Progress/Results?period={quarter.Key}"));
await Measure.RunAsync("progress heatmap, quarter, one team (manager)", runs, () => GetAsync(manager, $"/Goals/Progress?period={quarter.Key}"));
await Measure.RunAsync("evidence drill-down, one person × key visits, quarter", runs,
    () => GetAsync(director, $"/Goals/Progress/Evidence?userId={someone}&actionTypeId={keyVisit}&from={from}&to={to}"));
await Measure.RunAsync("targets, quarter (director)", runs, () => GetAsync(director, $"/Goals/Targets?period={quarter.Key}"));
await Measure.RunAsync("contracts team overview, quarter (director)", runs, () => GetAsync(director, $"/Goals/Contracts/Team?period={quarter.Key}"));
await Measure.RunAsync("plan achievement, this week (director)", runs, () => GetAsync(director, $"/Goals/Plans/Team?week={week.Key}"));

static async Task<int> GetAsync(HttpClient client, string url)
{
    using var response = await client.GetAsync(url);
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
    }
    return (await response.Content.ReadAsStringAsync()).Length;
}
