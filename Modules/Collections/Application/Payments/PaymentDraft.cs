using NodaTime;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>A payment to record, from the form or from one bank-statement row.</summary>
internal sealed record PaymentDraft(
    string BankReference,
    Guid CustomerId,
    LocalDate PaidOn,
    decimal Amount,
    string Currency,
    string? Payer,
    PaymentSource Source,
    AllocationMode Mode,
    IReadOnlyList<AllocationLine> Lines);
