using SalesSuite.Bench.HttpLoad;

// HTTP loads against a SalesSuite host on loopback: latency percentiles and requests/second (bench/run.sh drives it).
//   HttpLoad --base http://127.0.0.1:5080 --path /Leads/Pool --user sales01 --duration 20s --warmup 3s --concurrency 8 --json
//   HttpLoad ... --method POST-HTMX --path "/Leads/Pool?handler=Claim&id={id}" --ids ids.txt   (one id per request, round-robin)
//   HttpLoad ... --path "/q/{id}" --ids tokens.txt --fresh-session      (no cookies: every request is a new visitor)
//   HttpLoad claim-race --base ... --ids pool.txt --users sales01,sales02 --concurrency 50 --duration 20s --json
//   HttpLoad coldstart --base ... --user director --path /Bench/Floor --since-ms <unix ms before the host started> --json
//   HttpLoad report --results run.jsonl --meta meta.txt --out bench/results/latest.md [--note "..."]
var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "load";
var options = LoadOptions.Parse(args);
if (command == "report")
{
    string Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : "";
    Console.Write(Report.Write(Arg("--results"), Arg("--meta"), Arg("--out"), Arg("--note")));
    return 0;
}
if (!options.BaseUrl.StartsWith("http://127.", StringComparison.Ordinal) && !options.BaseUrl.StartsWith("http://localhost", StringComparison.Ordinal))
{
    Console.Error.WriteLine("Refusing a non-loopback target: benchmarks only run against this machine.");
    return 2;
}
switch (command)
{
    case "coldstart":
    {
        var ms = await ColdStart.MeasureAsync(options, TimeSpan.FromMinutes(3));
        var line = new ResultLine("coldstart", options.Label ?? "cold start to first signed-in page", "GET", options.Path, options.User,
            1, 0, 1, 0, ms, ms, ms, ms, 0, new Dictionary<string, int>(), null, null, new Dictionary<string, double> { ["ms"] = ms });
        Console.WriteLine(options.Json ? line.ToJson() : $"{line.Label}: {ms:F0} ms");
        return 0;
    }
    case "claim-race":
    {
        var (result, extra) = await ClaimRace.RunAsync(options with { Kind = "claim" });
        Console.WriteLine(options.Json ? result.ToLine(options with { Kind = "claim" }, extra).ToJson() : result.Format(options));
        return result.Errors > 0 ? 1 : 0;
    }
    default:
    {
        using var client = await Session.CreateAsync(
            options.BaseUrl, options.User, options.Password, options.Concurrency, options.User is null ? null : options.TokenPage,
            cookies: !options.FreshSession);
        var result = await LoadRunner.RunAsync(client, options);
        Console.WriteLine(options.Json ? result.ToLine(options).ToJson() : result.Format(options));
        return result.Errors > 0 ? 1 : 0;
    }
}
