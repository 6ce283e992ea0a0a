using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Bench;
using SalesSuite.Collections;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Reports;
using SalesSuite.Collections.Bench;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Testing;

// Collections benchmark: 50,000 contracts / 200,000 milestones in the real host's SQLite file (demo people, fake clock at
// 2026-11-23 09:00 Shanghai); the receivables board (first page + bucket totals) as Finance and as a salesperson, and
// the aging report: the queries alone, then the pages over HTTP. p50/p95 over N runs.
// Run: dotnet run -c Release --project bench/Collections [-- contracts runs]
var contracts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;

// WebApplicationFactory finds the host's content root through the manifest next to this program.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
await using var factory = new BenchFactory();
using var finance = await factory.SignInAsync("finance", "en");
using var sales = await factory.SignInAsync("sales01", "en");
using var manager = await factory.SignInAsync("mgr.east", "en");
var people = await factory.InScopeAsync(sp => sp.GetRequiredService<IOrganisation>().ActiveUsersAsync());
var owners = people.Where(p => p.Roles.Contains(Roles.Salesperson) || p.Roles.Contains(Roles.RegionalManager)).Select(p => p.Id).ToList();
var financeUser = people.Single(p => p.UserName == "finance");
var salesUser = people.Single(p => p.UserName == "sales01");
var managerUser = people.Single(p => p.UserName == "mgr.east");
var (today, now) = await factory.InScopeAsync(sp =>
{
    var clock = sp.GetRequiredService<BusinessClock>();
    return Task.FromResult((clock.Today, clock.Now));
});

var seeding = Stopwatch.StartNew();
var payments = await BenchData.InsertAsync(factory.DataFolder, contracts, owners, financeUser.Id, today, now);
var counts = await factory.InScopeAsync(async sp =>
{
    var db = sp.GetRequiredService<CollectionsDbContext>();
    return (Contracts: await db.Contracts.CountAsync(), Milestones: await db.Receivables.CountAsync(),
        Paid: await db.Receivables.CountAsync(r => r.Status == ReceivableStatus.Paid),
        Overdue: await db.Receivables.CountAsync(r => r.Status != ReceivableStatus.Paid && r.DueDate < today));
});
if (Environment.GetEnvironmentVariable("BENCH_KEEP") is { Length: > 0 } keep)
{
    // A copy of the database to read query plans with (sqlite3 / EXPLAIN QUERY PLAN).
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Copy(Path.Combine(factory.DataFolder, "collections.db"), keep, overwrite: true);
}
var megabytes = new FileInfo(Path.Combine(factory.DataFolder, "collections.db")).Length / 1024 / 1024;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Inserted {counts.Contracts:N0} contracts, {counts.Milestones:N0} milestones ({counts.Paid:N0} paid, {counts.Overdue:N0} overdue), "
    + $"{payments:N0} payments in {seeding.Elapsed.TotalSeconds:F1} s; file {megabytes} MB; {Environment.ProcessorCount} cores"));
Console.WriteLine("| measurement | n | p50 | p95 | max | CPU/call |");
Console.WriteLine("|---|---|---|---|---|---|");

async Task<T> AsUser<T>(OrgUser user, Func<ReceivableBoardQueries, AgingQueries, Task<T>> work)
{
    await using var scope = factory.Services.CreateAsyncScope();
    var sp = scope.ServiceProvider;
    var organisation = sp.GetRequiredService<IOrganisation>();
    var access = new CollectionsAccess(new RecordAccess(new BenchUser(user), organisation));
    var scopes = new ReportScopeService(access, organisation, sp.GetRequiredService<BusinessClock>());
    var db = sp.GetRequiredService<CollectionsDbContext>();
    return await work(new ReceivableBoardQueries(db, scopes), new AgingQueries(db, scopes, sp.GetRequiredService<StampedCache<CollectionsModule>>()));
}

var all = new BoardFilter();
var overdue31 = new BoardFilter { Age = AgeBucket.Days31To60 };
var page20 = new BoardFilter { PageNo = 20 };
Task<ReceivableBoard> Board(OrgUser user, BoardFilter filter) => AsUser(user, (b, _) => b.BoardAsync(filter, default));
Task<AgingReport> Aging(OrgUser user, ReportGrouping by) => AsUser(user, (_, a) => a.AgingAsync(by, default));
await Measure.RunAsync("query: board, Finance (page 1 + bucket totals)", runs, () => Board(financeUser, all));
await Measure.RunAsync("query: board, Finance, 31–60 days", runs, () => Board(financeUser, overdue31));
await Measure.RunAsync("query: board, Finance, page 20", runs, () => Board(financeUser, page20));
await Measure.RunAsync("query: board, sales01 (page 1 + bucket totals)", runs, () => Board(salesUser, all));
await Measure.RunAsync("query: board, mgr.east, team of 4 (page 1 + bucket totals)", runs, () => Board(managerUser, all));
await Measure.RunAsync("query: aging by team, Finance", runs, () => Aging(financeUser, ReportGrouping.Team));
await Measure.RunAsync("query: aging by person, Finance", runs, () => Aging(financeUser, ReportGrouping.Person));
await Measure.RunAsync("query: aging by team, sales01", runs, () => Aging(salesUser, ReportGrouping.Team));

var fewer = Math.Max(10, runs / 5);
await Measure.RunAsync("HTTP board page, Finance", runs, () => GetAsync(finance, "/Collections/Receivables", htmx: false));
await Measure.RunAsync("HTTP board fragment (htmx), Finance, overdue 31–60", runs,
    () => GetAsync(finance, "/Collections/Receivables?age=Days31To60", htmx: true));
await Measure.RunAsync("HTTP board page, sales01", runs, () => GetAsync(sales, "/Collections/Receivables", htmx: false));
await Measure.RunAsync("HTTP board page, mgr.east", runs, () => GetAsync(manager, "/Collections/Receivables", htmx: false));
await Measure.RunAsync("HTTP board fragment (htmx), Finance, no filter", runs, () => GetAsync(finance, "/Collections/Receivables", htmx: true));
await Measure.RunAsync("HTTP aging report by team, Finance", runs, () => GetAsync(finance, "/Collections/Reports/Aging", htmx: false));
await Measure.RunAsync("HTTP aging report by person, Finance", runs, () => GetAsync(finance, "/Collections/Reports/Aging?by=Person", htmx: false));
await Measure.RunAsync("HTTP aging report, sales01", runs, () => GetAsync(sales, "/Collections/Reports/Aging", htmx: false));
await Measure.RunAsync("HTTP overdue report, Finance", fewer, () => GetAsync(finance, "/Collections/Reports/Overdue", htmx: false));
await Measure.RunAsync("HTTP forecast by week, Finance", fewer, () => GetAsync(finance, "/Collections/Reports/Forecast", htmx: false));
await Measure.RunAsync("HTTP performance by team, Finance", fewer, () => GetAsync(finance, "/Collections/Reports/Performance", htmx: false));
await Measure.RunAsync("HTTP board CSV, Finance, overdue 61–90", fewer,
    () => GetAsync(finance, "/Collections/Receivables?handler=Csv&age=Days61To90", htmx: false));

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
