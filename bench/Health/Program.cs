using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Bench;
using SalesSuite.Health;
using SalesSuite.Health.Application;
using SalesSuite.Health.Application.Archive;
using SalesSuite.Health.Application.Home;
using SalesSuite.Health.Bench;
using SalesSuite.Health.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Testing;

// Health benchmark: a 1,000,000-event archive (two years, 60 salespeople in 6 teams) in the real host's SQLite file (fake
// clock at 2026-11-23 09:00 Shanghai); the full rebuild through the projector, live consumption of a sample through
// Health's handlers, then the dashboard / heatmap read-model queries and the home panel; p50/p95 over N runs.
// Run: dotnet run -c Release --project bench/Health [-- events runs sample]
var target = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var sampleSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000;

// WebApplicationFactory finds the host's content root through the manifest next to this program.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
await using var factory = new BenchFactory();
using var director = await factory.SignInAsync("director", "en");
var sellers = await BenchPeople.EnsureAsync(factory);
var now = factory.Clock.GetCurrentInstant();
var thisWeek = await factory.InScopeAsync(sp => Task.FromResult(Periods.MondayOf(sp.GetRequiredService<BusinessClock>().Today)));
var history = new BenchHistory(sellers, await factory.UserIdAsync("tech"), await factory.UserIdAsync("legal"),
    await factory.UserIdAsync("director"), await factory.UserIdAsync("finance"), now - Duration.FromDays(730), now, 1);
var perLead = history.EventsPerLead(5_000);
var leadsPerDay = (target + sampleSize) * 1.15 / (730 * perLead);
history = new BenchHistory(sellers, await factory.UserIdAsync("tech"), await factory.UserIdAsync("legal"),
    await factory.UserIdAsync("director"), await factory.UserIdAsync("finance"), now - Duration.FromDays(730), now, leadsPerDay);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{sellers.Count} salespeople in {sellers.Select(s => s.TeamId).Distinct().Count()} teams; {perLead:F1} events per lead; {leadsPerDay:F0} leads a day"));
using var events = history.Events().GetEnumerator();
IEnumerable<IIntegrationEvent> Take(int n)
{
    for (var i = 0; i < n && events.MoveNext(); i++)
    {
        yield return events.Current;
    }
}

var watch = Stopwatch.StartNew();
var archived = await BenchArchive.InsertAsync(factory, Take(target));
var insertSeconds = watch.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Archived {archived:N0} events in {insertSeconds:F1} s (direct insert)"));

var cpu = Process.GetCurrentProcess().TotalProcessorTime;
var rebuild = await factory.InScopeAsync(sp => sp.GetRequiredService<RebuildService>().RebuildAsync(CancellationToken.None));
var rebuildCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Rebuild: {rebuild.Events:N0} events replayed ({rebuild.Unreadable} unreadable) in {rebuild.Elapsed.TotalSeconds:F1} s "
    + $"({rebuild.Events / rebuild.Elapsed.TotalSeconds:F0} events/s, CPU {rebuildCpu:F0} s)"));

// Live consumption: the next events of the same history through Health's handlers (archive + inbox + projector, one
// scope and one SaveChanges per event, as the outbox dispatcher delivers them).
var healthAssembly = typeof(HealthModule).Assembly;
var sample = Take(sampleSize).ToList();
watch.Restart();
foreach (var e in sample)
{
    var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(e.GetType());
    var handle = handlerType.GetMethod(nameof(IIntegrationEventHandler<IIntegrationEvent>.HandleAsync))!;
    await using var scope = factory.Services.CreateAsyncScope();
    foreach (var handler in scope.ServiceProvider.GetServices(handlerType).Where(h => h!.GetType().Assembly == healthAssembly))
    {
        await (Task)handle.Invoke(handler, [e, CancellationToken.None])!;
    }
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Live: {sample.Count:N0} events through Health's handlers in {watch.Elapsed.TotalSeconds:F1} s ({sample.Count / watch.Elapsed.TotalSeconds:F0} events/s)"));

var counts = await factory.InScopeAsync(async sp =>
{
    var db = sp.GetRequiredService<HealthDbContext>();
    var (archive, steps, leads) = (await db.Archive.CountAsync(), await db.Steps.CountAsync(), await db.Leads.CountAsync());
    var (deals, quotes, followUps) = (await db.Deals.CountAsync(), await db.Quotes.CountAsync(), await db.FollowUps.CountAsync());
    var (customers, corrections, handOvers) = (await db.Customers.CountAsync(), await db.Corrections.CountAsync(), await db.HandOvers.CountAsync());
    return string.Create(CultureInfo.InvariantCulture,
        $"archive {archive:N0}, step samples {steps:N0}, leads {leads:N0}, deals {deals:N0}, quotes {quotes:N0}, "
        + $"follow-ups {followUps:N0}, customers {customers:N0}, corrections {corrections:N0}, hand-overs {handOvers:N0}");
});
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
var file = Path.Combine(factory.DataFolder, "health.db");
Console.WriteLine($"Rows: {counts}; health.db {new FileInfo(file).Length / 1024 / 1024} MB; {Environment.ProcessorCount} cores");
if (Environment.GetEnvironmentVariable("BENCH_KEEP") is { Length: > 0 } keep)
{
    // A copy of the database to read query plans with (sqlite3 / EXPLAIN QUERY PLAN).
    File.Copy(file, keep, overwrite: true);
}

var slowTeam = sellers.First(s => s.Team == 3).TeamId;
async Task<int> Query(Func<BenchQueries, Task<int>> work)
{
    await using var scope = factory.Services.CreateAsyncScope();
    return await work(new BenchQueries(scope.ServiceProvider.GetRequiredService<HealthDbContext>(), thisWeek));
}
Console.WriteLine("| measurement | n | p50 | p95 | max | CPU/call |");
Console.WriteLine("|---|---|---|---|---|---|");
await Measure.RunAsync("query: heatmap, step × team, 12 weeks", runs, () => Query(q => q.HeatmapByTeamAsync(default)));
await Measure.RunAsync("query: heatmap, step × person of one team, 12 weeks", runs, () => Query(q => q.HeatmapByPersonAsync(slowTeam, default)));
await Measure.RunAsync("query: heatmap cell drill-down (Legal × team, top 50)", runs, () => Query(q => q.DrillDownAsync(slowTeam, default)));
await Measure.RunAsync("query: stage dwell (avg/median/p80, skip rate, weekly trend)", runs, () => Query(q => q.StageDwellAsync(default)));
await Measure.RunAsync("query: indicator inputs, every team and person, 12 weeks", runs, () => Query(q => q.IndicatorInputsAsync(default)));
await Measure.RunAsync("query: funnel counts by team, 12 weeks", runs, () => Query(q => q.FunnelAsync(default)));
await Measure.RunAsync("query: home panel (archive count, last event)", runs, () => factory.InScopeAsync(async sp =>
    (await sp.GetRequiredService<HomePanelQueries>().PanelAsync(default)).ArchivedEvents));
await Measure.RunAsync("HTTP home panel fragment (htmx), director", runs, () => GetAsync(director, "/Health/Home/Panel", htmx: true));
await Measure.RunAsync("HTTP home page with the Health card, director", runs, () => GetAsync(director, "/", htmx: false));
await Measure.RunAsync("HTTP heatmap matrix (htmx refresh), 12 weeks by team, director", runs,
    () => GetAsync(director, "/Health/Heatmap?handler=Matrix&weeks=12&by=Team", htmx: true));
await Measure.RunAsync("HTTP heatmap page, 12 weeks by person, director", runs,
    () => GetAsync(director, "/Health/Heatmap?weeks=12&by=Person", htmx: false));
await Measure.RunAsync("HTTP health model matrix (htmx refresh), 4 weeks by team, director", runs,
    () => GetAsync(director, "/Health/Indicators?handler=Matrix", htmx: true));
await Measure.RunAsync("HTTP stage dwell page, 12 weeks, director", runs, () => GetAsync(director, "/Health/Dwell", htmx: false));
await Measure.RunAsync("HTTP funnel page, 12 weeks, director", runs, () => GetAsync(director, "/Health/Funnel", htmx: false));
await Measure.RunAsync("HTTP archive page (counts by type), director", Math.Max(5, runs / 5),
    () => GetAsync(director, "/Health/Archive", htmx: false));

static async Task<int> GetAsync(HttpClient client, string url, bool htmx)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, url);
    if (htmx)
    {
        request.Headers.Add("HX-Request", "true");
    }
    using var response = await client.SendAsync(request);
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadAsStringAsync()).Length;
}
