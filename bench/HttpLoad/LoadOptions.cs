using System.Globalization;

namespace SalesSuite.Bench.HttpLoad;

/// <summary>
/// One load: a path (with <c>{id}</c> taken round-robin from <c>--ids</c>), a method (GET, GET-HTMX, POST, POST-HTMX),
/// a signed-in user or none, and either a fixed duration (<c>--duration 20s</c>, after <c>--warmup 3s</c>) or a
/// number of requests. Targets travel with the result so the report can say met or missed.
/// </summary>
internal sealed record LoadOptions(
    string BaseUrl, string Path, string Method, string? User, string Password, int Requests, int Concurrency,
    TimeSpan? Duration, TimeSpan Warmup, IReadOnlyList<string> Ids, string? Label, IReadOnlyList<string> Users,
    bool FreshSession, IReadOnlyList<(string Name, string Value)> Headers, bool Json, string Kind,
    double? TargetP95Ms, double? TargetFloorRatio, string TokenPage, long? SinceUnixMs)
{
    public string Name => Label ?? Method + " " + Path;

    public static LoadOptions Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        string? Optional(string name) => Get(name, "") is { Length: > 0 } v ? v : null;
        var idsFile = Get("ids", "");
        var ids = idsFile.Length > 0 ? File.ReadAllLines(idsFile).Select(l => l.Trim()).Where(l => l.Length > 0).ToList() : [];
        var headers = args.Select((a, i) => (a, i)).Where(x => x.a == "--header" && x.i + 1 < args.Length)
            .Select(x => args[x.i + 1].Split(':', 2)).Select(p => (p[0].Trim(), p.Length > 1 ? p[1].Trim() : "")).ToList();
        return new LoadOptions(
            Get("base", "http://127.0.0.1:5080").TrimEnd('/'),
            Get("path", "/healthz"),
            Get("method", "GET").ToUpperInvariant(),
            Optional("user"),
            Get("password", "Demo@2026"),
            int.Parse(Get("requests", "200"), CultureInfo.InvariantCulture),
            int.Parse(Get("concurrency", "4"), CultureInfo.InvariantCulture),
            Optional("duration") is { } d ? ParseDuration(d) : null,
            ParseDuration(Get("warmup", "0")),
            ids,
            Optional("label"),
            Get("users", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            args.Contains("--fresh-session"),
            headers,
            args.Contains("--json"),
            Get("kind", "load"),
            Optional("target-p95") is { } p95 ? double.Parse(p95, CultureInfo.InvariantCulture) : null,
            Optional("target-floor") is { } floor ? double.Parse(floor, CultureInfo.InvariantCulture) : null,
            Get("token-page", "/"),
            Optional("since-ms") is { } since ? long.Parse(since, CultureInfo.InvariantCulture) : null);
    }

    /// <summary>"20s", "500ms", "2m" or a plain number of seconds; "0" is none.</summary>
    public static TimeSpan ParseDuration(string text)
    {
        text = text.Trim();
        return text.EndsWith("ms", StringComparison.Ordinal) ? TimeSpan.FromMilliseconds(Number(text[..^2]))
            : text.EndsWith('s') ? TimeSpan.FromSeconds(Number(text[..^1]))
            : text.EndsWith('m') ? TimeSpan.FromMinutes(Number(text[..^1]))
            : TimeSpan.FromSeconds(Number(text));

        static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);
    }
}
