using NodaTime;

namespace SalesSuite.Collections.Application.Receivables;

public sealed record ReceivableRow(
    Guid Id, string Title, decimal Amount, string Currency, Guid OwnerId, Instant CreatedAt, int Version,
    string? SourceVersion, LocalDate? DueDate);
