using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Indicators;

/// <summary>
/// One indicator for one scope (a team, a person, everyone the reader sees) over the period: value, what it was
/// computed from, its red / amber / green by the current thresholds and its last 12 weekly values (oldest first).
/// </summary>
internal sealed record IndicatorCell(Indicator Indicator, double? Value, double Numerator, double Denominator, Rag Rag,
    IReadOnlyList<double?> Trend)
{
    public string Code => Indicator.Code;
}
