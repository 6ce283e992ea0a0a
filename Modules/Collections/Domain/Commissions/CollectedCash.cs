using NodaTime;

namespace SalesSuite.Collections.Domain.Commissions;

/// <summary>
/// Cash a salesperson collected: one payment allocation (or its share on one product line), with what the statement line
/// shows and links to (payment, allocation, contract, milestone).
/// </summary>
internal sealed record CollectedCash(
    Guid PaymentId,
    Guid AllocationId,
    Guid ContractId,
    Guid ReceivableId,
    string ContractNumber,
    string Milestone,
    string BankReference,
    Guid CustomerId,
    string? CustomerName,
    string? CustomerType,
    string? ProductLine,
    LocalDate PaidOn,
    decimal Amount);
