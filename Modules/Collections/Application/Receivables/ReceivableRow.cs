using NodaTime;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Receivables;

internal sealed record ReceivableRow(
    Guid Id, Guid ContractId, string Title, decimal Amount, decimal PaidAmount, string Currency, Guid OwnerId, Instant CreatedAt,
    int Version, ReceivableStatus Status, LocalDate? DueDate);
