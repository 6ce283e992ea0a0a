namespace SalesSuite.Collections.Application.Reports;

/// <summary>A category of a chart (a bar, or a group of bars) with one value per series.</summary>
internal sealed record ChartBar(string Label, IReadOnlyList<ChartValue> Values)
{
    public decimal Total => Values.Sum(v => Math.Max(0m, v.Amount));
}
