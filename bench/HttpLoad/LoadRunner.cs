using System.Collections.Concurrent;
using System.Diagnostics;

namespace SalesSuite.Bench.HttpLoad;

internal static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(HttpClient client, LoadOptions options)
    {
        if (options.Duration is { } duration)
        {
            if (options.Warmup > TimeSpan.Zero)
            {
                await LoopAsync(client, options, options.Warmup, int.MaxValue);
            }
            return await LoopAsync(client, options, duration, int.MaxValue);
        }
        for (var i = 0; i < (int)options.Warmup.TotalSeconds * 10; i++)
        {
            using var _ = await SendAsync(client, options, i);
        }
        return await LoopAsync(client, options, TimeSpan.MaxValue, options.Requests);
    }

    /// <summary><see cref="LoadOptions.Concurrency"/> workers send requests back to back until the time or the count is used up.</summary>
    private static async Task<LoadResult> LoopAsync(HttpClient client, LoadOptions options, TimeSpan duration, int requests)
    {
        var latencies = new ConcurrentBag<double[]>();
        var next = -1;
        var errors = 0;
        var statuses = new ConcurrentDictionary<int, int>();
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>();
            int index;
            while (total.Elapsed < duration && (index = Interlocked.Increment(ref next)) < requests)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await SendAsync(client, options, index);
                    await response.Content.ReadAsByteArrayAsync();
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, c) => c + 1);
                    if ((int)response.StatusCode >= 400)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    statuses.AddOrUpdate(0, 1, (_, c) => c + 1);
                }
                mine.Add(watch.Elapsed.TotalMilliseconds);
            }
            latencies.Add([.. mine]);
        }));
        await Task.WhenAll(workers);
        total.Stop();
        return new LoadResult([.. latencies.SelectMany(l => l)], total.Elapsed, errors, statuses.ToDictionary());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, LoadOptions options, int index)
    {
        var path = options.Path;
        if (options.Ids.Count > 0)
        {
            path = path.Replace("{id}", options.Ids[index % options.Ids.Count], StringComparison.Ordinal);
        }
        var request = new HttpRequestMessage(options.Method.StartsWith("POST", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get, path);
        if (options.Method.EndsWith("HTMX", StringComparison.Ordinal))
        {
            request.Headers.Add("HX-Request", "true");
        }
        foreach (var (name, value) in options.Headers)
        {
            request.Headers.Add(name, value);
        }
        if (request.Method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent([]);
        }
        return client.SendAsync(request);
    }
}
