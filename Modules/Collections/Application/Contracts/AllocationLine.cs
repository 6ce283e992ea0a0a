using NodaTime;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>Part of a payment applied to a milestone, with the payment's bank reference and date.</summary>
internal sealed record AllocationLine(
    Guid ReceivableId, Guid PaymentId, string BankReference, LocalDate PaidOn, decimal Amount, string Currency, Instant AllocatedAt,
    Instant? ReversedAt);
