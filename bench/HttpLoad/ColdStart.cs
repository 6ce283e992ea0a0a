using System.Diagnostics;
using System.Net;

namespace SalesSuite.Bench.HttpLoad;

/// <summary>
/// Cold start: from the host process's start (<c>--since-ms</c>, Unix milliseconds taken just before it was launched)
/// to the first 200 of a signed-in page (<c>--path</c>), signing in as soon as the host answers.
/// </summary>
internal static class ColdStart
{
    public static async Task<double> MeasureAsync(LoadOptions options, TimeSpan timeout)
    {
        var since = options.SinceUnixMs ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            try
            {
                using var client = await Session.CreateAsync(options.BaseUrl, options.User, options.Password, 1, tokenPage: null);
                using var response = await client.GetAsync(options.Path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - since;
                }
                throw new InvalidOperationException($"{options.Path} answered {(int)response.StatusCode}");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(20);
            }
        }
        throw new TimeoutException($"No signed-in 200 from {options.Path} within {timeout}.");
    }
}
