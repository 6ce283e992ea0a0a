namespace SalesSuite.Leads.Application.Config;

/// <summary>The settings form; ranges in <see cref="SettingsInputValidator"/> (the same ranges the settings enforce).</summary>
public sealed class SettingsInput
{
    public int ClaimWindowMinutes { get; set; }
    public int MaxOpenClaims { get; set; }
    public int EscalationHours { get; set; }
    public int Version { get; set; }
}
