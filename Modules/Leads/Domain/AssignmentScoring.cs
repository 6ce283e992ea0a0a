using SalesSuite.Leads.Contracts;

namespace SalesSuite.Leads.Domain;

/// <summary>Pure weighted scoring: industry match, win rate, spare capacity. Paused people are never candidates.</summary>
internal static class AssignmentScoring
{
    public const string Industry = "industry";
    public const string WinRate = "winRate";
    public const string Load = "load";

    public static IReadOnlyList<ScoredCandidate> Rank(ScoringWeights weights, IReadOnlyList<AssignmentCandidate> candidates)
    {
        var eligible = candidates.Where(c => !c.Paused).ToList();
        if (eligible.Count == 0)
        {
            return [];
        }
        var maxLoad = eligible.Max(c => c.OpenLoad);
        return eligible
            .Select(c => Score(weights, c, maxLoad))
            .OrderByDescending(s => s.Total)
            .ThenBy(s => eligible.First(c => c.UserId == s.UserId).OpenLoad)
            .ThenBy(s => s.UserId)
            .ToList();
    }

    public static ScoredCandidate Score(ScoringWeights weights, AssignmentCandidate candidate, int maxLoad)
    {
        var industry = Math.Clamp(candidate.IndustryShare, 0m, 1m);
        var closed = candidate.Won + candidate.Lost;
        var winRate = closed == 0 ? 0m : (decimal)candidate.Won / closed;
        // The least-loaded person gets the full load points; the most loaded gets none.
        var load = maxLoad == 0 ? 1m : 1m - (decimal)candidate.OpenLoad / maxLoad;
        List<AssignmentScore> breakdown =
        [
            Part(Industry, weights.Industry, industry),
            Part(WinRate, weights.WinRate, winRate),
            Part(Load, weights.Load, load),
        ];
        return new ScoredCandidate(candidate.UserId, breakdown.Sum(b => b.Points), breakdown);
    }

    private static AssignmentScore Part(string factor, int weight, decimal value) =>
        new(factor, weight, Math.Round(value, 4), Math.Round(weight * value, 2));
}
