namespace SalesSuite.Collections.Application.Payments;

/// <summary>The rows shown (newest first, at most a page), their total count and the totals per currency.</summary>
internal sealed record PaymentList(IReadOnlyList<PaymentRow> Rows, int Count, IReadOnlyList<PaymentTotals> Totals);
