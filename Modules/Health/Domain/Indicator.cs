namespace SalesSuite.Health.Domain;

/// <summary>How an indicator's value reads: a share in %, hours, a count per week, or key fields filled.</summary>
internal enum IndicatorUnit
{
    Percent,
    Hours,
    PerWeek,
    Fields,
}

/// <summary>
/// One indicator of the health model: its code (resource keys Indicator_{code} / Indicator_{code}_Hint), unit, direction
/// and default thresholds from the seeds. <see cref="Green"/> is the target; beyond <see cref="Red"/> it alarms.
/// </summary>
internal sealed record Indicator(string Code, IndicatorUnit Unit, bool HigherIsBetter, double Green, double Red)
{
    /// <summary>Share of leads still waiting for need confirmation more than 48 h after assignment (alarm above 15 %).</summary>
    public const string NeedWaiting = "need-waiting";
    /// <summary>Share of assigned leads touched (first follow-up) within 2 h.</summary>
    public const string FirstTouch = "first-touch";
    /// <summary>Share of follow-ups with obstacle tags.</summary>
    public const string ObstacleTagging = "obstacle-tagging";
    /// <summary>Tasks other roles completed for the person's deals, per week.</summary>
    public const string Collaboration = "collaboration";
    /// <summary>Average key profile fields filled per customer.</summary>
    public const string ProfileCompleteness = "profile-completeness";
    /// <summary>Corrections of history per 100 follow-ups.</summary>
    public const string CorrectionRate = "correction-rate";
    /// <summary>Share of approved quotes the customer answered within 48 h.</summary>
    public const string QuoteFeedback = "quote-feedback";
    /// <summary>Average hours other departments took to answer (stage tasks, quote approval steps).</summary>
    public const string CrossDeptResponse = "cross-dept-response";
    /// <summary>Share of handed-over customers their new owner followed up within 7 days.</summary>
    public const string HandOverCompleteness = "handover-completeness";

    /// <summary>The nine indicators with the seeds' defaults, in display order.</summary>
    public static readonly IReadOnlyList<Indicator> All =
    [
        new(NeedWaiting, IndicatorUnit.Percent, false, 10, 15),
        new(FirstTouch, IndicatorUnit.Percent, true, 90, 80),
        new(ObstacleTagging, IndicatorUnit.Percent, true, 85, 75),
        new(Collaboration, IndicatorUnit.PerWeek, true, 2, 1),
        new(ProfileCompleteness, IndicatorUnit.Fields, true, 7, 5),
        new(CorrectionRate, IndicatorUnit.Percent, false, 5, 10),
        new(QuoteFeedback, IndicatorUnit.Percent, true, 75, 60),
        new(CrossDeptResponse, IndicatorUnit.Hours, false, 4, 8),
        new(HandOverCompleteness, IndicatorUnit.Percent, true, 95, 85),
    ];

    public static Indicator Get(string code) =>
        All.FirstOrDefault(i => i.Code == code) ?? throw new KeyNotFoundException($"Unknown indicator '{code}'.");

    /// <summary>Green when the value meets the target, red beyond the alarm threshold, amber between; None without data.</summary>
    public static Rag Judge(double? value, bool higherIsBetter, double green, double red)
    {
        if (value is not { } v)
        {
            return Rag.None;
        }
        if (higherIsBetter ? v >= green : v <= green)
        {
            return Rag.Green;
        }
        return (higherIsBetter ? v < red : v > red) ? Rag.Red : Rag.Amber;
    }

    public Rag Judge(double? value) => Judge(value, HigherIsBetter, Green, Red);
}
