namespace SalesSuite.Collections.Application.Reports;

internal sealed record ReceivedList(IReadOnlyList<ReceivedRow> Rows, int Count, decimal Total, int FirstRow, bool HasNext, ReportScope Scope);
