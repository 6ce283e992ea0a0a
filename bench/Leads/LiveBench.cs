using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Bench;

/// <summary>
/// The cost of open live boards: N simulated browsers (signed in as 14 demo users) poll the kanban or the pool board
/// every 2 s with their change token against the Release host in its own process; halfway through, one person moves a
/// deal (kanban) or claims a lead (pool). Demo data, then bench data (100,000 leads, 500 more open deals).
/// </summary>
internal static partial class LiveBench
{
    private static readonly string[] Users =
        ["director", "gm", "mgr.east", "mgr.north", "mgr.south", "sales01", "sales02", "sales03", "sales04", "sales05", "sales06",
         "sales07", "sales08", "sales09"];

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(int clients, int seconds)
    {
        await using var host = await LiveHost.StartAsync(5198);
        var sessions = new Dictionary<string, HttpClient>();
        foreach (var user in Users)
        {
            sessions[user] = await host.SignInAsync(user, clients);
        }
        Console.WriteLine($"{Environment.ProcessorCount} cores; {clients} boards polling every 2 s for {seconds} s per run; one change halfway");
        Console.WriteLine("| data | board | polls/s | unchanged p50 | unchanged p95 | host CPU, quiet | CPU per unchanged poll "
            + "| re-renders after the change | their p50 / p95 | change shown p50 / p95 / max | host CPU-s for the change "
            + "| CPU per re-render | other re-renders (time bucket) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        await PhaseAsync(host, sessions, "demo", "kanban", clients, seconds, () => MoveAsync(host, sessions["sales01"], "恒清"));
        await PhaseAsync(host, sessions, "demo", "pool", clients, seconds, () => ClaimAsync(host, sessions["sales03"]));
        var watch = Stopwatch.StartNew();
        var configuration = Configuration(host.DataFolder);
        await BenchData.InsertLeadsAsync(configuration, host.DataFolder, 100_000);
        await InsertDealsAsync(host.DataFolder, 500);
        Console.WriteLine($"(bench data: 100,000 leads and 500 open deals inserted in {watch.Elapsed.TotalSeconds:F0} s)");
        await PhaseAsync(host, sessions, "bench", "kanban", clients, seconds, () => MoveAsync(host, sessions["sales05"], "滨海"));
        await PhaseAsync(host, sessions, "bench", "pool", clients, seconds, () => ClaimAsync(host, sessions["sales04"]));
    }

    private static async Task PhaseAsync(
        LiveHost host, Dictionary<string, HttpClient> sessions, string data, string board, int clients, int seconds, Func<Task> change)
    {
        var url = board == "kanban" ? "/Leads/Deals?handler=Board" : "/Leads/Pool?handler=Board";
        var stampId = board == "kanban" ? "kanban-stamp" : "pool-stamp";
        var records = new ConcurrentBag<(double At, int Status, double Ms)>();
        var clock = Stopwatch.StartNew();
        var warm = TimeSpan.FromSeconds(4);
        var end = warm + TimeSpan.FromSeconds(seconds);
        var changeAt = warm + TimeSpan.FromSeconds(seconds / 2.0);
        var random = new Random(7);
        var tasks = Enumerable.Range(0, clients).Select(i =>
        {
            var client = sessions[Users[i % Users.Length]];
            var offset = TimeSpan.FromMilliseconds(random.Next(2000));
            return Task.Run(async () =>
            {
                // Opening the board (not counted): the first render gives the token.
                var stamp = Stamp(await client.GetStringAsync(url), stampId);
                for (var due = offset + Interval; due < end; due += Interval)
                {
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }
                    var sent = clock.Elapsed;
                    using var response = await client.GetAsync($"{url}&stamp={Uri.EscapeDataString(stamp)}");
                    var body = await response.Content.ReadAsStringAsync();
                    records.Add((sent.TotalSeconds, (int)response.StatusCode, (clock.Elapsed - sent).TotalMilliseconds));
                    if ((int)response.StatusCode == 200)
                    {
                        stamp = Stamp(body, stampId);
                    }
                }
            });
        }).ToList();
        // The first 4 s open the boards and warm the poll; measuring starts after them.
        await Task.Delay(warm - clock.Elapsed);
        var cpu0 = host.Cpu;
        var t0 = clock.Elapsed;
        await Task.Delay(changeAt - clock.Elapsed);
        var cpuBefore = host.Cpu;
        var tChange = clock.Elapsed;
        await change();
        var changeTook = clock.Elapsed - tChange;
        await Task.WhenAll(tasks);
        var cpuAfter = host.Cpu;
        var tEnd = clock.Elapsed;
        var measured = records.Where(r => r.At >= t0.TotalSeconds).ToList();
        var quietRate = (cpuBefore - cpu0).TotalSeconds / (tChange - t0).TotalSeconds;
        var changeCost = (cpuAfter - cpuBefore).TotalSeconds - (quietRate * (tEnd - tChange).TotalSeconds);
        var unchanged = measured.Where(r => r.Status == 204).Select(r => r.Ms).ToList();
        // The change's wave: boards re-rendered by a poll that finished after the change began (one per board, less any
        // board whose poll was already re-rendering for another reason).
        var wave = measured.Where(r => r.Status == 200 && r.At + (r.Ms / 1000) >= tChange.TotalSeconds).Select(r => r.Ms).ToList();
        var other = measured.Count(r => r.Status == 200) - wave.Count;
        // End to end: from the change's start to the moment each board had the new board (its first re-render after it).
        var shown = measured.Where(r => r.Status == 200 && r.At + (r.Ms / 1000) >= tChange.TotalSeconds)
            .Select(r => (r.At * 1000) + r.Ms - tChange.TotalMilliseconds).ToList();
        var errors = measured.Count(r => r.Status is not (200 or 204));
        var duration = (end - t0).TotalSeconds;
        var ci = CultureInfo.InvariantCulture;
        // CPU per poll: the quiet rate over the quiet poll rate; per re-render: the change's CPU over the wave's size.
        var quietPolls = measured.Count(r => r.At < tChange.TotalSeconds) / (tChange - t0).TotalSeconds;
        var line = string.Create(ci, $"| {data} | {board} | {measured.Count / duration:F0} | ")
            + string.Create(ci, $"{P(unchanged, 0.5):F1} ms | {P(unchanged, 0.95):F1} ms | ")
            + string.Create(ci, $"{quietRate * 100:F0} % of a core | {quietRate * 1000 / quietPolls:F1} ms | ")
            + string.Create(ci, $"{wave.Count} | {P(wave, 0.5):F0} / {P(wave, 0.95):F0} ms | ")
            + string.Create(ci, $"{P(shown, 0.5):F0} / {P(shown, 0.95):F0} / {P(shown, 1):F0} ms ")
            + string.Create(ci, $"(the change took {changeTook.TotalMilliseconds:F0} ms) | ")
            + string.Create(ci, $"{changeCost:F2} s | {changeCost * 1000 / Math.Max(1, wave.Count):F1} ms | {other} |");
        Console.WriteLine(errors > 0 ? $"{line} {errors} errors" : line);
    }

    private static async Task MoveAsync(LiveHost host, HttpClient mover, string title)
    {
        await using var db = Context(host.DataFolder);
        var deal = await db.Deals.AsNoTracking().FirstAsync(d => d.Title.Contains(title) && d.Status == DealStatus.Open);
        var stages = await db.Stages.AsNoTracking().Include(s => s.Fields).OrderBy(s => s.Position).ToListAsync();
        var current = stages.First(s => s.Id == deal.StageId);
        var fields = current.Fields.Where(f => f.Type == FieldType.Text)
            .ToDictionary(f => $"f_{f.Id}", _ => "DN50, 1.6MPa");
        fields["targetStageId"] = stages.First(s => s.Position > current.Position).Id.ToString();
        fields["version"] = deal.Version.ToString(CultureInfo.InvariantCulture);
        using var response = await mover.PostAsync($"/Leads/Deals?handler=Move&id={deal.Id}", new FormUrlEncodedContent(fields));
        response.EnsureSuccessStatusCode();
    }

    private static async Task ClaimAsync(LiveHost host, HttpClient claimer)
    {
        await using var db = Context(host.DataFolder);
        var lead = await db.Leads.AsNoTracking().Where(l => l.Status == LeadStatus.Pool).OrderByDescending(l => l.CreatedAt).FirstAsync();
        using var response = await claimer.PostAsync($"/Leads/Pool?handler=Claim&id={lead.Id}", new FormUrlEncodedContent([]));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Open deals for the demo customers (owned by their owners) in random stages of the demo pipeline.</summary>
    private static async Task InsertDealsAsync(string folder, int count)
    {
        await using var db = Context(folder);
        var pipeline = await db.Pipelines.Include(p => p.Stages).ThenInclude(s => s.Fields).FirstAsync(p => p.IsDefault);
        var customers = await db.Customers.Where(c => c.OwnerId != null).ToListAsync();
        var stages = pipeline.Ordered;
        var random = new Random(11);
        var now = SystemClock.Instance.GetCurrentInstant();
        for (var i = 0; i < count; i++)
        {
            var customer = customers[i % customers.Count];
            var opened = now - Duration.FromDays(random.Next(1, 60));
            var deal = Deal.Open(Guid.NewGuid(), customer.Id, customer.OwnerId!.Value, pipeline, $"Bench deal {i}", 100_000m + i, "Bench", opened);
            deal.PlaceInStage(stages, stages[random.Next(stages.Count)].Id, opened + Duration.FromHours(1));
            db.Deals.Add(deal);
        }
        await db.SaveChangesAsync();
    }

    private static IConfiguration Configuration(string folder) => new ConfigurationBuilder().AddInMemoryCollection(
        new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Database:DataFolder"] = folder }).Build();

    private static LeadsDbContext Context(string folder)
    {
        var builder = new DbContextOptionsBuilder<LeadsDbContext>();
        DbContextRegistration.Configure(builder, DbContextRegistration.ReadOptions(Configuration(folder)), folder, "leads");
        return new LeadsDbContext(builder.Options);
    }

    private static double P(List<double> samples, double q)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }
        samples.Sort();
        return samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(q * samples.Count) - 1)];
    }

    private static string Stamp(string html, string id) =>
        Regex.Match(html, $"id=\"{id}\" name=\"stamp\" value=\"([^\"]+)\"") is { Success: true } m
            ? m.Groups[1].Value : throw new InvalidOperationException($"No {id} in the board.");
}
