using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.Host.Areas.Admin.History;

public sealed record HistoryItem(string When, string Who, string Operation, IReadOnlyList<FieldChange> Changes);
