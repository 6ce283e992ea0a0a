namespace SalesSuite.Collections.Application.Reports;

/// <summary>A customer's overdue outstanding and count, split by reason.</summary>
internal sealed record CustomerLine(Guid CustomerId, string? Code, string? Name, int Count, decimal Outstanding, IReadOnlyList<ReasonLine> Reasons);
