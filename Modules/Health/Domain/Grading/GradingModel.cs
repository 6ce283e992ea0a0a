using NodaTime;

namespace SalesSuite.Health.Domain.Grading;

/// <summary>
/// The weighted customer grading model (weights and cut-offs from <see cref="HealthSettings"/>). Each factor scores 0–100,
/// 50 (neutral) when there is no data:
/// payment — share of milestones paid on time, less 2 points per average day late;
/// speed — won-deal cycle (≤ 30 days 100, ≥ 180 days 0) and recency of the last purchase (≤ 90 days 100, ≥ 365 days 0), averaged;
/// tier — the customer's tier (top 100, middle 70, other 40) averaged with activity (last follow-up ≤ 14 days 100, ≥ 90 days 0);
/// competition — share of follow-ups that named no competitor.
/// </summary>
internal static class GradingModel
{
    public const string Payment = "payment";
    public const string Speed = "speed";
    public const string Tier = "tier";
    public const string Competition = "competition";
    public const decimal Neutral = 50m;

    public static readonly IReadOnlyList<string> Grades = ["A+", "A", "B", "C"];

    // Leads publishes its tier codes (Tertiary 三甲医院, Secondary 二级医院, KA, Standard 普通); labels from older data also count.
    private static readonly string[] TopTiers = ["Tertiary", "KA", "三甲", "战略", "VIP", "A"];
    private static readonly string[] MiddleTiers = ["Secondary", "三乙", "二甲", "重点", "B"];

    public static GradeResult Grade(CustomerTrack c, HealthSettings settings, Instant now)
    {
        var factors = new List<FactorScore>
        {
            Factor(Payment, settings.WeightPayment, PaymentScore(c)),
            Factor(Speed, settings.WeightSpeed, SpeedScore(c, now)),
            Factor(Tier, settings.WeightTier, TierScore(c, now)),
            Factor(Competition, settings.WeightCompetition, CompetitionScore(c)),
        };
        var weights = factors.Sum(f => f.Weight);
        var score = weights == 0 ? Neutral : Math.Round(factors.Sum(f => f.Score * f.Weight) / weights, 1);
        return new GradeResult(GradeOf(score, settings), score, factors);
    }

    public static string GradeOf(decimal score, HealthSettings settings) =>
        score >= settings.GradeAPlusFrom ? "A+" : score >= settings.GradeAFrom ? "A" : score >= settings.GradeBFrom ? "B" : "C";

    public static decimal? PaymentScore(CustomerTrack c)
    {
        if (c.MilestonesPaid == 0)
        {
            return null;
        }
        var onTime = 100m * (c.MilestonesPaid - c.MilestonesLate) / c.MilestonesPaid;
        return Clamp(onTime - 2m * c.LateDays / c.MilestonesPaid);
    }

    public static decimal? SpeedScore(CustomerTrack c, Instant now)
    {
        decimal? cycle = c.DealsWon == 0 ? null : Linear((decimal)(c.WonCycleDays / c.DealsWon), 30, 180);
        decimal? recency = c.LastPurchaseAt is { } at ? Linear((decimal)(now - at).TotalDays, 90, 365) : null;
        return Mean(cycle, recency);
    }

    public static decimal? TierScore(CustomerTrack c, Instant now)
    {
        decimal? tier = string.IsNullOrWhiteSpace(c.Tier) ? null
            : TopTiers.Any(t => Matches(c.Tier, t)) ? 100m
            : MiddleTiers.Any(t => Matches(c.Tier, t)) ? 70m
            : 40m;
        decimal? activity = c.LastFollowUpAt is { } at ? Linear((decimal)(now - at).TotalDays, 14, 90) : null;
        return Mean(tier, activity);
    }

    public static decimal? CompetitionScore(CustomerTrack c) =>
        c.FollowUps == 0 ? null : Clamp(100m * (c.FollowUps - Math.Min(c.FollowUps, c.CompetitorMentions)) / c.FollowUps);

    private static FactorScore Factor(string code, int weight, decimal? score) =>
        new(code, weight, Math.Round(score ?? Neutral, 1), score is not null);

    /// <summary>100 at or below <paramref name="best"/>, 0 at or above <paramref name="worst"/>, linear between.</summary>
    private static decimal Linear(decimal value, decimal best, decimal worst) => Clamp(100m * (worst - value) / (worst - best));

    private static decimal? Mean(decimal? a, decimal? b) => (a, b) switch
    {
        (null, null) => null,
        ({ } x, null) => x,
        (null, { } y) => y,
        ({ } x, { } y) => (x + y) / 2,
    };

    /// <summary>A code matches exactly ("A" is not in "Standard"); a label of two or more letters may be part of the tier ("三甲医院").</summary>
    private static bool Matches(string tier, string known) =>
        string.Equals(tier, known, StringComparison.OrdinalIgnoreCase)
        || (known.Length >= 2 && tier.Contains(known, StringComparison.OrdinalIgnoreCase));

    private static decimal Clamp(decimal v) => Math.Clamp(v, 0m, 100m);
}
