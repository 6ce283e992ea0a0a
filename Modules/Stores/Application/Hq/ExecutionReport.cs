namespace SalesSuite.Stores.Application.Hq;

/// <summary>The execution page: totals, and the lines by store, region, promotion type and promotion.</summary>
internal sealed record ExecutionReport(
    HqView View, ExecutionLine Total, IReadOnlyList<ExecutionLine> Stores, IReadOnlyList<ExecutionLine> Regions,
    IReadOnlyList<ExecutionLine> Types, IReadOnlyList<ExecutionLine> Promotions);
