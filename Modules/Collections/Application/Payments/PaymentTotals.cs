namespace SalesSuite.Collections.Application.Payments;

/// <summary>Totals of every payment the filter finds (not only the rows shown), per currency.</summary>
internal sealed record PaymentTotals(string Currency, int Count, decimal Amount, decimal Unallocated);
