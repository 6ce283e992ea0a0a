using SalesSuite.Bench.HttpLoad;

// Bounded HTTP load against a SalesSuite host on loopback: latency percentiles and requests/second.
//   HttpLoad --base http://127.0.0.1:5080 --path /Leads/Pool --user sales01 --requests 500 --concurrency 8
//   HttpLoad ... --method POST-HTMX --path "/Leads/Pool?handler=Claim&id={id}" --ids ids.txt   (one id per request)
var options = LoadOptions.Parse(args);
if (!options.BaseUrl.StartsWith("http://127.", StringComparison.Ordinal) && !options.BaseUrl.StartsWith("http://localhost", StringComparison.Ordinal))
{
    Console.Error.WriteLine("Refusing a non-loopback target: benchmarks only run against this machine.");
    return 2;
}
using var client = await Session.CreateAsync(options);
var result = await LoadRunner.RunAsync(client, options);
Console.WriteLine(result.Format(options));
return result.Errors > 0 ? 1 : 0;
