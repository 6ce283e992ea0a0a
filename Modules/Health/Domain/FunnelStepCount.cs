namespace SalesSuite.Health.Domain;

/// <summary>One step of a funnel: how many reached it, the share of the previous step's, the median hours from the previous step.</summary>
internal sealed record FunnelStepCount(FunnelStep Step, int Count, double? Conversion, double? MedianHours);
