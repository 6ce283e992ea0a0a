using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Application.Queries;
using SalesSuite.Leads.Bench;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.SharedKernel.Specification;

// Leads benchmark: 100,000 leads in a SQLite file; board query time and claim latency (p50/p95).
// Run: dotnet run -c Release --project bench/Leads [-- leadCount]
// Live boards: dotnet run -c Release --project bench/Leads -- live [clients=200] [seconds=20]  (see LiveBench)
if (args is ["live", ..])
{
    await LiveBench.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}
var leadCount = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var folder = Path.Combine(Path.GetTempPath(), "salessuite-bench", Guid.NewGuid().ToString("N"));
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Sqlite",
    ["Database:DataFolder"] = folder,
}).Build();
var services = new ServiceCollection();
services.AddLogging();
services.AddSingleton<IConfiguration>(configuration);
services.AddSharedKernel();
services.AddModuleDbContext<LeadsDbContext>(configuration, "leads");
await using var provider = services.BuildServiceProvider();

await using (var scope = provider.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<LeadsDbContext>().Database.MigrateAsync();
}
var seeding = Stopwatch.StartNew();
await BenchData.InsertLeadsAsync(configuration, folder, leadCount);
var megabytes = new FileInfo(Path.Combine(folder, "leads.db")).Length / 1024 / 1024;
Console.WriteLine(
    $"Inserted {leadCount:N0} leads in {seeding.Elapsed.TotalSeconds:F1} s; file {megabytes} MB; {Environment.ProcessorCount} cores");

// The claim takes the user id as given and never asks who is signed in, so the bench has no organisation.
static LeadCommands Claims(LeadsDbContext db, IServiceProvider sp) => new(
    db, sp.GetRequiredService<UnitOfWork<LeadsDbContext>>(), sp.GetRequiredService<ModuleSettings<LeadsDbContext, LeadsSettings>>(),
    sp.GetRequiredService<Notifier<LeadsDbContext>>(), new RecordAccess(new SystemUser(), null!), sp.GetRequiredService<IClock>());

async Task<T> InScope<T>(Func<LeadsDbContext, IServiceProvider, Task<T>> work)
{
    await using var scope = provider.CreateAsyncScope();
    return await work(scope.ServiceProvider.GetRequiredService<LeadsDbContext>(), scope.ServiceProvider);
}

await Measure.RunAsync("board, no filter (50 newest pool leads)", 300, () => InScope((db, _) =>
    db.Leads.AsNoTracking().WithSpecification(new PoolBoardSpec(new PoolFilter())).ToListAsync()));
await Measure.RunAsync("board, filter source+industry", 300, () => InScope((db, _) =>
    db.Leads.AsNoTracking().WithSpecification(new PoolBoardSpec(new PoolFilter { Source = "展会扫码", Industry = "化工" })).ToListAsync()));
await Measure.RunAsync("landing pool count", 300, () => InScope((db, _) => db.Leads.CountAsync(l => l.Status == LeadStatus.Pool)));

var poolIds = await InScope((db, _) =>
    db.Leads.Where(l => l.Status == LeadStatus.Pool).OrderBy(l => l.CreatedAt).Select(l => l.Id).Take(1000).ToListAsync());
var people = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
var next = 0;
await Measure.RunAsync("claim (versioned update + outbox + log)", 500, async () =>
{
    var id = poolIds[next];
    var outcome = await InScope((db, sp) => Claims(db, sp).ClaimAsync(id, people[next % people.Count], CancellationToken.None));
    next++;
    return outcome;
});
var raceLead = poolIds[^1];
var race = Stopwatch.StartNew();
var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
    InScope((db, sp) => Claims(db, sp).ClaimAsync(raceLead, people[i], CancellationToken.None)))));
var winners = outcomes.Count(o => o == ClaimOutcome.Claimed);
Console.WriteLine($"race: 20 concurrent claims on one lead -> {winners} winner(s), {race.Elapsed.TotalMilliseconds:F0} ms total");

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);

Console.WriteLine("--- over HTTP through the real host ---");
await HttpBench.RunAsync(leadCount);
