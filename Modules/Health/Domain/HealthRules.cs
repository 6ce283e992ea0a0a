namespace SalesSuite.Health.Domain;

/// <summary>The codes of the automatic rules (settings, actions and explanations refer to these).</summary>
internal static class HealthRules
{
    /// <summary>Follow-ups tagged "no obstacle" for days on end → pause the person's new lead assignment.</summary>
    public const string NoObstaclePause = "no-obstacle-pause";

    /// <summary>A customer still below the profile minimum after several follow-ups → freeze the owner's quoting till Monday.</summary>
    public const string ProfileFreeze = "profile-freeze";

    /// <summary>Too many of a person's leads waiting for need confirmation → a supervisor review due within hours.</summary>
    public const string WaitingReview = "waiting-review";

    /// <summary>Too many corrections of history in a day → trace mode.</summary>
    public const string CorrectionTrace = "correction-trace";

    /// <summary>Grade strategies.</summary>
    public const string GradeAPlus = "grade-a-plus";
    public const string GradeC = "grade-c";

    public static readonly IReadOnlyList<string> Automatic = [NoObstaclePause, ProfileFreeze, WaitingReview, CorrectionTrace];
}
