namespace SalesSuite.Collections.Application.Reports;

/// <summary>One page of the board and the bucket totals of everything the filters match (whatever the page).</summary>
internal sealed record ReceivableBoard(
    ReportScope Scope, IReadOnlyList<BoardRow> Rows, IReadOnlyList<BucketTotal> Buckets, int FirstRow, bool HasNext,
    IReadOnlyDictionary<Guid, string> Reasons);
