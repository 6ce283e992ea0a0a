using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using SalesSuite.Bench.DataGen;
using SalesSuite.Host.Web;

// Generates the Scale benchmark's data into a data folder: the host's migrations and demo seed first (so the demo
// logins see the data; the seed runs only in Development, so the generator runs as Development), then each module's
// generator in order. Writes generated.txt when done; bench/run.sh reuses a folder that has it.
// Usage: dotnet SalesSuite.Bench.DataGen.dll --data <folder> [--scale 1.0]
var dataFolder = Path.GetFullPath(Arg("--data") ?? throw new ArgumentException("--data <folder> is required"));
var scale = double.Parse(Arg("--scale") ?? "1.0", CultureInfo.InvariantCulture);
Directory.CreateDirectory(dataFolder);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", Args = [] });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:DataFolder"] = dataFolder,
    ["Demo:Seed"] = "true",
    ["PublicBaseUrl"] = "http://127.0.0.1",
});
builder.AddSalesSuite();
await using var app = builder.Build();
var total = Stopwatch.StartNew();
await app.PrepareDatabasesAsync();
Console.WriteLine($"schema and demo seed: {total.Elapsed.TotalSeconds:F1} s");
var context = new GenContext(dataFolder, scale, app.Services, NodaTime.SystemClock.Instance.GetCurrentInstant());
var generators = typeof(IModuleGenerator).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IModuleGenerator).IsAssignableFrom(t))
    .Select(t => (IModuleGenerator)Activator.CreateInstance(t)!)
    .OrderBy(g => g.Order)
    .ToList();
foreach (var generator in generators)
{
    var watch = Stopwatch.StartNew();
    await generator.RunAsync(context, CancellationToken.None);
    Console.WriteLine($"{generator.Name}: {watch.Elapsed.TotalSeconds:F1} s");
}
foreach (var (table, rows) in context.Written.OrderBy(w => w.Key, StringComparer.Ordinal))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-40} {rows,12:N0} rows"));
}
foreach (var file in Directory.GetFiles(dataFolder, "*.db").Order(StringComparer.Ordinal))
{
    var wal = new FileInfo(file + "-wal");
    var megabytes = (new FileInfo(file).Length + (wal.Exists ? wal.Length : 0)) / 1048576.0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Path.GetFileName(file),-40} {megabytes,12:F1} MB"));
}
await File.WriteAllTextAsync(
    Path.Combine(dataFolder, "generated.txt"),
    string.Create(CultureInfo.InvariantCulture, $"scale={scale} seconds={total.Elapsed.TotalSeconds:F0}\n"));
Console.WriteLine($"done in {total.Elapsed.TotalSeconds:F1} s: {dataFolder}");
return 0;

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
