namespace SalesSuite.Collections.Application.Reports;

/// <summary>A series of a chart (its colour comes from its position: CSS classes <c>s0</c>, <c>s1</c> …).</summary>
internal sealed record ChartSeries(string Name);
