using NodaTime;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>One payment in the list (and the CSV export).</summary>
internal sealed record PaymentRow(
    Guid Id, string BankReference, Guid CustomerId, string? CustomerName, string? CustomerCode, LocalDate PaidOn, decimal Amount,
    string Currency, string? Payer, PaymentStatus Status, PaymentSource Source, decimal Allocated, string? ReversalReason)
{
    public decimal Unallocated => Status == PaymentStatus.Active ? Amount - Allocated : 0m;
}
