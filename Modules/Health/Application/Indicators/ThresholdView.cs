using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Indicators;

/// <summary>An indicator's thresholds in force (the director's row, or the seeds' defaults with Version 0).</summary>
internal sealed record ThresholdView(Indicator Indicator, double Green, double Red, int Version)
{
    public bool IsDefault => Green.Equals(Indicator.Green) && Red.Equals(Indicator.Red);

    public Rag Judge(double? value) => Indicator.Judge(value, Indicator.HigherIsBetter, Green, Red);
}
