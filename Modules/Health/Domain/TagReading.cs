namespace SalesSuite.Health.Domain;

/// <summary>How Health reads a follow-up's obstacle tags: any at all, the "no obstacle" tag, a competitor named.</summary>
internal sealed record TagReading(bool Any, bool NoObstacle, bool Competitor)
{
    /// <summary>
    /// <paramref name="noObstacleTag"/>: the tag meaning "nothing in the way" (setting, default 无明显障碍);
    /// <paramref name="competitorWords"/>: words that mark a competitor (setting, default 竞品 / competitor).
    /// </summary>
    public static TagReading Read(IReadOnlyList<string> tags, string noObstacleTag, IReadOnlyList<string> competitorWords)
    {
        var cleaned = tags.Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        return new TagReading(
            cleaned.Count > 0,
            cleaned.Count > 0 && cleaned.All(t => string.Equals(t, noObstacleTag, StringComparison.OrdinalIgnoreCase)),
            cleaned.Any(t => competitorWords.Any(w => w.Length > 0 && t.Contains(w, StringComparison.OrdinalIgnoreCase))));
    }
}
