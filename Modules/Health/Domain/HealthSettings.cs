using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Health.Domain;

/// <summary>
/// Health's one settings row: how follow-up tags are read, each automatic rule's switch and thresholds, and the grading
/// model. A read never inserts; these defaults (from the seeds) stand in until the director saves.
/// </summary>
internal sealed class HealthSettings : IAuditable, IVersioned
{
    public int Id { get; set; } = 1;

    /// <summary>The obstacle tag that means "nothing in the way".</summary>
    public string NoObstacleTag { get; set; } = Leads.Contracts.FollowUpTags.NoObstacle;
    /// <summary>Comma-separated words that mark a competitor in an obstacle tag.</summary>
    public string CompetitorWords { get; set; } = "竞品,competitor";

    /// <summary>Pause: more than <see cref="PauseMinFollowUps"/> follow-ups over <see cref="PauseDays"/> days, all tagged "no obstacle".</summary>
    public bool PauseEnabled { get; set; } = true;
    public int PauseMinFollowUps { get; set; } = 3;
    public int PauseDays { get; set; } = 3;

    /// <summary>Freeze: a customer with fewer than <see cref="FreezeMinFields"/> key fields after <see cref="FreezeAfterFollowUps"/> follow-ups.</summary>
    public bool FreezeEnabled { get; set; } = true;
    public int FreezeMinFields { get; set; } = 4;
    public int FreezeAfterFollowUps { get; set; } = 3;

    /// <summary>Review: more than <see cref="ReviewSharePercent"/> % of a person's leads waiting more than <see cref="ReviewWaitHours"/> h.</summary>
    public bool ReviewEnabled { get; set; } = true;
    public int ReviewSharePercent { get; set; } = 15;
    public int ReviewWaitHours { get; set; } = 48;
    public int ReviewDueHours { get; set; } = 4;

    /// <summary>Trace mode: more than <see cref="TraceMaxCorrectionsPerDay"/> corrections of history in a day.</summary>
    public bool TraceEnabled { get; set; } = true;
    public int TraceMaxCorrectionsPerDay { get; set; } = 3;

    /// <summary>Grading weights in % (sum 100) and the re-grading interval.</summary>
    public int WeightPayment { get; set; } = 30;
    public int WeightSpeed { get; set; } = 25;
    public int WeightTier { get; set; } = 25;
    public int WeightCompetition { get; set; } = 20;
    public int GradingIntervalHours { get; set; } = 72;
    /// <summary>Score cut-offs (0–100): A+ from, A from, B from; below is C.</summary>
    public int GradeAPlusFrom { get; set; } = 85;
    public int GradeAFrom { get; set; } = 70;
    public int GradeBFrom { get; set; } = 50;
    /// <summary>Strategies per grade: A+ → support-pack task for the owner; C → supervisor review within <see cref="CReviewHours"/> h.</summary>
    public bool APlusSupportPack { get; set; } = true;
    public bool CReview { get; set; } = true;
    public int CReviewHours { get; set; } = 48;

    public int Version { get; set; }

    public string AuditId => "Health";

    public IReadOnlyList<string> CompetitorWordList =>
        CompetitorWords.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
