namespace SalesSuite.Bench.HttpLoad;

internal sealed record LoadOptions(
    string BaseUrl, string Path, string Method, string? User, string Password,
    int Requests, int Concurrency, int Warmup, IReadOnlyList<string> Ids, string? Label)
{
    public static LoadOptions Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var idsFile = Get("ids", "");
        var ids = idsFile.Length > 0 ? File.ReadAllLines(idsFile).Where(l => l.Length > 0).ToList() : [];
        return new LoadOptions(
            Get("base", "http://127.0.0.1:5080").TrimEnd('/'),
            Get("path", "/healthz"),
            Get("method", "GET").ToUpperInvariant(),
            Get("user", "") is { Length: > 0 } u ? u : null,
            Get("password", "Demo@2026"),
            int.Parse(Get("requests", "200")),
            int.Parse(Get("concurrency", "4")),
            int.Parse(Get("warmup", "20")),
            ids,
            Get("label", "") is { Length: > 0 } l ? l : null);
    }
}
