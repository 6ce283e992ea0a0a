namespace SalesSuite.Health.Domain.Process;

/// <summary>When the suggestion rules speak (shares and rates in %).</summary>
internal sealed record SuggestionThresholds(int MinSamples = 3, double ApprovalShare = 50, double StageSkipRate = 20, double HandOffBreachRate = 50)
{
    public static readonly SuggestionThresholds Default = new();
}
