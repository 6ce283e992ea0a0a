namespace SalesSuite.Collections.Application.Settings;

/// <summary>The Collections settings form; ranges in <see cref="SettingsInputValidator"/> (the same the settings enforce).</summary>
public sealed class SettingsInput
{
    public int ReportEscalationHours { get; set; }
    public string? ReportEscalationRole { get; set; }
    /// <summary>A person (user name) who receives escalations instead of the role; empty: the role.</summary>
    public string? ReportEscalationUserName { get; set; }
    public int UntaggedEscalationDays { get; set; }
    public List<string> ReceiptRequiredTypes { get; set; } = [];
    public int Version { get; set; }
}
