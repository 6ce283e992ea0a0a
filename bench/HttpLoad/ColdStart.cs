using System.Diagnostics;
using System.Net;
using NodaTime;

namespace SalesSuite.Bench.HttpLoad;

/// <summary>
/// Cold start: from the host process's start (<c>--since-ms</c>, Unix milliseconds taken just before it was launched)
/// to the first 200 of a signed-in page (<c>--path</c>), signing in as soon as the host answers.
/// </summary>
internal static class ColdStart
{
    /// <remarks>Wall-clock time (NodaTime's clock): the start comes from the shell (<c>date +%s%3N</c>), which a
    /// monotonic stopwatch cannot measure from.</remarks>
    public static async Task<double> MeasureAsync(LoadOptions options, TimeSpan timeout)
    {
        var clock = SystemClock.Instance;
        var since = options.SinceUnixMs ?? clock.GetCurrentInstant().ToUnixTimeMilliseconds();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            try
            {
                using var client = await Session.CreateAsync(options.BaseUrl, options.User, options.Password, 1, tokenPage: null);
                using var response = await client.GetAsync(options.Path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return clock.GetCurrentInstant().ToUnixTimeMilliseconds() - since;
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
