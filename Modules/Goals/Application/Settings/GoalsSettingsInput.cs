namespace SalesSuite.Goals.Application.Settings;

/// <summary>Goals' settings form (the ranges are the ones <see cref="Domain.GoalsSettings"/> enforces).</summary>
public sealed class GoalsSettingsInput
{
    public decimal RewardSharePercent { get; set; }
    public decimal RewardTopPercent { get; set; }
    public int MissedDays { get; set; }
    public int HighActivityPercent { get; set; }
    public int LowConversionPercent { get; set; }
    public List<TemplateLineInput> Template { get; set; } = [];
    public int Version { get; set; }
}
