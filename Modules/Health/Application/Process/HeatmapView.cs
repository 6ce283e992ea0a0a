using SalesSuite.Health.Domain.Process;

namespace SalesSuite.Health.Application.Process;

/// <summary>The breakpoint matrix: columns (teams or people), rows grouped by kind, the delay of all cells and the headline.</summary>
internal sealed record HeatmapView(IReadOnlyList<HeatColumn> Columns, IReadOnlyList<HeatRow> Rows, double TotalDelayHours, Headline? Headline,
    HeatMetric Metric);
