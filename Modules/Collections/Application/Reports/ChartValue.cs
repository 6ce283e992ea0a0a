namespace SalesSuite.Collections.Application.Reports;

/// <summary>One number of a chart and the link to the records behind it.</summary>
internal sealed record ChartValue(decimal Amount, string? Href = null);
