namespace SalesSuite.Stores.Application.Config;

/// <summary>Stores' settings form; ranges in <see cref="SettingsInputValidator"/> (the ones the settings enforce).</summary>
public sealed class SettingsInput
{
    public int ClusterThreshold { get; set; }
    public int SameQuestionDays { get; set; }
    public int QualityWeightPercent { get; set; }
    public int DuplicateSimilarityPercent { get; set; }
    public int DailyQuotaMegabytes { get; set; }
    public int Version { get; set; }
}
