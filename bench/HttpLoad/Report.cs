using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SalesSuite.Bench.HttpLoad;

/// <summary>
/// Writes bench/results/latest.md from one run: the machine and run facts (<c>--meta</c>, "Key: value" lines written
/// by bench/run.sh), then a row per load from the JSON lines (<c>--results</c>) with its ratio to the floor measured in
/// the same run and its target, then cold start and memory. A "## Before / after" section already in the file is kept.
/// </summary>
internal static class Report
{
    private const string KeptSection = "## Before / after";

    public static string Write(string resultsFile, string metaFile, string outFile, string? note)
    {
        var lines = File.ReadAllLines(resultsFile).Where(l => l.StartsWith('{'))
            .Select(l => JsonSerializer.Deserialize<ResultLine>(l, ResultLine.Json)!).ToList();
        var meta = File.Exists(metaFile) ? File.ReadAllLines(metaFile).Where(l => l.Contains(':', StringComparison.Ordinal)).ToList() : [];
        var floor = lines.FirstOrDefault(l => l.Kind == "floor");
        var md = new StringBuilder();
        md.AppendLine("# Benchmark: latest run").AppendLine();
        if (!string.IsNullOrWhiteSpace(note))
        {
            md.AppendLine($"> {note}").AppendLine();
        }
        md.AppendLine("Written by `bench/run.sh` (see `bench/README.md`). Latencies are client-side, in milliseconds; "
            + "\"× floor\" is requests/s divided by the floor's requests/s in this run.").AppendLine();
        foreach (var m in meta)
        {
            md.AppendLine($"- {m}");
        }
        md.AppendLine();
        md.AppendLine("## Pages and endpoints").AppendLine();
        md.AppendLine("| Load | User | Clients | Requests | req/s | p50 | p95 | p99 | Errors | × floor | Target | Met |");
        md.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|---|");
        foreach (var l in lines.Where(l => l.Kind is "floor" or "load" or "claim"))
        {
            // The race is not a throughput load: no ratio to the floor.
            var ratio = floor is { Rps: > 0 } && l.Kind != "claim" ? l.Rps / floor.Rps : (double?)null;
            var (target, met) = Target(l, ratio);
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, 
                $"| {l.Label} | {Who(l.User)} | {l.Concurrency} | {l.Requests} | {l.Rps:F0} | {l.P50:F1} | {l.P95:F1} | "
                + $"{l.P99:F1} | {Errors(l)} | {(ratio is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : "—")} | {target} | {met} |"));
        }
        md.AppendLine();
        md.AppendLine("## Process").AppendLine();
        md.AppendLine("| Measure | Value | Target | Met |");
        md.AppendLine("|---|--:|---|---|");
        foreach (var l in lines.Where(l => l.Kind == "coldstart"))
        {
            var ms = l.Extra?.GetValueOrDefault("ms") ?? 0;
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {l.Label} | {ms:F0} ms | ≤ 3000 ms | {Met(ms <= 3000)} |"));
        }
        foreach (var l in lines.Where(l => l.Kind == "rss"))
        {
            var mb = l.Extra?.GetValueOrDefault("mb") ?? 0;
            var limited = l.Extra?.ContainsKey("target") == true;
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {l.Label} | {mb:F0} MB | {(limited ? "≤ 400 MB" : "—")} | {(limited ? Met(mb <= 400) : "—")} |"));
        }
        md.AppendLine();
        md.Append(Kept(outFile));
        var text = md.ToString();
        File.WriteAllText(outFile, text);
        return text;
    }

    private static (string Target, string Met) Target(ResultLine l, double? ratio)
    {
        var parts = new List<string>();
        var ok = l.Errors == 0;
        if (l.TargetP95Ms is { } p95)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"p95 ≤ {p95:F0} ms"));
            ok &= l.P95 <= p95;
        }
        if (l.TargetFloorRatio is { } floor)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"≥ {floor:F2} × floor"));
            ok &= ratio >= floor;
        }
        if (l.Kind == "claim")
        {
            parts.Add("one winner per lead");
            ok &= l.Extra?.GetValueOrDefault("rounds") > 0;
        }
        return parts.Count == 0 ? ("—", l.Errors == 0 ? "—" : "errors") : (string.Join(", ", parts), Met(ok));
    }

    private static string Errors(ResultLine l) => l.Kind == "claim" && l.Extra is { } e
        ? string.Create(CultureInfo.InvariantCulture,
            $"{l.Errors} ({e.GetValueOrDefault("roundsWithOneWinner"):F0}/{e.GetValueOrDefault("rounds"):F0} leads: one winner)")
        : l.Errors == 0 ? "0"
        : string.Create(CultureInfo.InvariantCulture, $"{l.Errors} ({string.Join(" ", l.Statuses.Select(s => $"{s.Key}×{s.Value}"))})");

    private static string Who(string? users) => users?.Split(',') switch
    {
        null => "anonymous",
        [var one] => one,
        var many => string.Create(CultureInfo.InvariantCulture, $"{many[0]}…{many[^1]} ({many.Length} people)"),
    };

    private static string Met(bool ok) => ok ? "met" : "**missed**";

    private static string Kept(string outFile)
    {
        if (!File.Exists(outFile))
        {
            return "";
        }
        var old = File.ReadAllText(outFile);
        var at = old.IndexOf(KeptSection, StringComparison.Ordinal);
        return at < 0 ? "" : old[at..];
    }
}
