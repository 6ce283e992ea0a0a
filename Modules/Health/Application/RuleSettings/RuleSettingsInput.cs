namespace SalesSuite.Health.Application.RuleSettings;

/// <summary>The automatic rules' switches and thresholds; ranges in <see cref="RuleSettingsInputValidator"/>.</summary>
public sealed class RuleSettingsInput
{
    public bool PauseEnabled { get; set; }
    public int PauseMinFollowUps { get; set; }
    public int PauseDays { get; set; }
    public bool FreezeEnabled { get; set; }
    public int FreezeMinFields { get; set; }
    public int FreezeAfterFollowUps { get; set; }
    public bool ReviewEnabled { get; set; }
    public int ReviewSharePercent { get; set; }
    public int ReviewWaitHours { get; set; }
    public int ReviewDueHours { get; set; }
    public bool TraceEnabled { get; set; }
    public int TraceMaxCorrectionsPerDay { get; set; }
    public int Version { get; set; }
}
