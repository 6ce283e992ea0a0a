using System.Diagnostics;

namespace SalesSuite.Bench.HttpLoad;

internal static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(HttpClient client, LoadOptions options)
    {
        for (var i = 0; i < options.Warmup; i++)
        {
            using var _ = await SendAsync(client, options, options.Ids.Count > 0 ? null : i);
        }
        var latencies = new double[options.Requests];
        var next = -1;
        var errors = 0;
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < options.Requests)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await SendAsync(client, options, index);
                    await response.Content.ReadAsByteArrayAsync();
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, c) => c + 1);
                    if ((int)response.StatusCode >= 500)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                latencies[index] = watch.Elapsed.TotalMilliseconds;
            }
        });
        await Task.WhenAll(workers);
        total.Stop();
        return new LoadResult(latencies, total.Elapsed, errors, statuses.ToDictionary());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, LoadOptions options, int? index)
    {
        var path = options.Path;
        if (options.Ids.Count > 0 && index is { } i)
        {
            path = path.Replace("{id}", options.Ids[i % options.Ids.Count], StringComparison.Ordinal);
        }
        var request = new HttpRequestMessage(options.Method.StartsWith("POST", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get, path);
        if (options.Method.EndsWith("HTMX", StringComparison.Ordinal))
        {
            request.Headers.Add("HX-Request", "true");
        }
        if (request.Method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent([]);
        }
        return client.SendAsync(request);
    }
}
