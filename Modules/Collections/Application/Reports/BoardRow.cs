using NodaTime;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>One receivable on the board with its contract and customer.</summary>
internal sealed record BoardRow(
    Guid Id, Guid ContractId, string ContractNumber, Guid CustomerId, string? CustomerCode, string? CustomerName, string Title,
    Guid OwnerId, LocalDate? DueDate, decimal Amount, decimal PaidAmount, string Currency, ReceivableStatus Status, Guid? ReasonId,
    string? ReasonText)
{
    public decimal Outstanding => Amount - PaidAmount;

    public int DaysOverdue(LocalDate today) => Status == ReceivableStatus.Paid ? 0 : AgeBuckets.DaysOverdue(DueDate, today);

    /// <summary>Open with part of the money in: shown as "partly paid".</summary>
    public bool IsPartlyPaid => Status == ReceivableStatus.Open && PaidAmount > 0;
}
