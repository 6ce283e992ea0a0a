using System.Diagnostics;
using System.Globalization;

namespace SalesSuite.Bench.HttpLoad;

/// <summary>
/// The claim endpoint under contention: for each pool lead in <c>--ids</c>, <c>--concurrency</c> claims (by the
/// <c>--users</c>, round-robin) start at the same moment. Exactly one may win (200); every other attempt must get the
/// refusal (409). Repeats over the leads until the duration is used up; the latencies of all attempts are the result.
/// </summary>
internal static class ClaimRace
{
    public static async Task<(LoadResult Result, Dictionary<string, double> Extra)> RunAsync(LoadOptions options)
    {
        var users = options.Users.Count > 0 ? options.Users : [options.User ?? throw new ArgumentException("--users or --user")];
        var sessions = new List<HttpClient>();
        foreach (var user in users.Take(options.Concurrency))
        {
            sessions.Add(await Session.CreateAsync(options.BaseUrl, user, options.Password, options.Concurrency, options.TokenPage));
        }
        var latencies = new List<double>();
        var statuses = new Dictionary<int, int>();
        int rounds = 0, oneWinner = 0, errors = 0;
        var duration = options.Duration ?? TimeSpan.MaxValue;
        var warmupLeft = options.Warmup > TimeSpan.Zero ? 1 : 0;
        var total = Stopwatch.StartNew();
        foreach (var id in options.Ids)
        {
            if (total.Elapsed >= duration)
            {
                break;
            }
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = Enumerable.Range(0, options.Concurrency).Select(i => AttemptAsync(sessions[i % sessions.Count], id, start.Task)).ToList();
            start.SetResult();
            var outcomes = await Task.WhenAll(attempts);
            if (warmupLeft-- > 0)
            {
                continue;
            }
            rounds++;
            var winners = outcomes.Count(o => o.Status == 200);
            var refused = outcomes.Count(o => o.Status == 409);
            if (winners == 1 && refused == outcomes.Length - 1)
            {
                oneWinner++;
            }
            else
            {
                errors++;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"claim race on {id}: {winners} winner(s), statuses {string.Join(",", outcomes.Select(o => o.Status))}"));
            }
            foreach (var (status, ms) in outcomes)
            {
                latencies.Add(ms);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }
        }
        total.Stop();
        foreach (var session in sessions)
        {
            session.Dispose();
        }
        var extra = new Dictionary<string, double> { ["rounds"] = rounds, ["roundsWithOneWinner"] = oneWinner };
        return (new LoadResult([.. latencies], total.Elapsed, errors, statuses), extra);
    }

    private static async Task<(int Status, double Ms)> AttemptAsync(HttpClient client, string id, Task start)
    {
        await start;
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/Leads/Pool?handler=Claim&id={id}")
            {
                Content = new FormUrlEncodedContent([]),
            };
            request.Headers.Add("HX-Request", "true");
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return ((int)response.StatusCode, watch.Elapsed.TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            return (0, watch.Elapsed.TotalMilliseconds);
        }
    }
}
