using NodaTime;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>A milestone that still takes money, as the payment form lists it for by-hand allocation.</summary>
internal sealed record OpenReceivable(
    Guid Id, Guid CustomerId, string ContractNumber, string Title, LocalDate? DueDate, decimal Amount, decimal PaidAmount, string Currency,
    ReceivableStatus Status)
{
    public decimal Outstanding => Amount - PaidAmount;
}
