using NodaTime;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>Money received on one milestone: an active allocation of a payment, dated by the payment's bank date.</summary>
internal sealed class ReceivedItem
{
    public Guid AllocationId { get; init; }
    public Guid PaymentId { get; init; }
    public string BankReference { get; init; } = string.Empty;
    public LocalDate PaidOn { get; init; }
    public Guid ReceivableId { get; init; }
    public Guid ContractId { get; init; }
    public Guid CustomerId { get; init; }
    public string Title { get; init; } = string.Empty;
    /// <summary>The milestone's owner (reports attribute money to the person responsible for the receivable).</summary>
    public Guid OwnerId { get; init; }
    public LocalDate? DueDate { get; init; }
    public decimal Amount { get; init; }
    /// <summary>The amount in whole fen, for sums (<see cref="Fen"/>).</summary>
    public long AmountFen { get; init; }
    public string Currency { get; init; } = string.Empty;
}
