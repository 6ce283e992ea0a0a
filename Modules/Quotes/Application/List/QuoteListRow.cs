using NodaTime;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.List;

/// <summary>One row of the quotes list: the quote's own columns only (customer and current version are kept on the quote).</summary>
internal sealed record QuoteListRow(
    Guid Id, string Number, string CustomerName, string Title, QuoteStatus Status, string? VersionLabel, LocalDate ValidUntil, Guid OwnerId,
    Instant UpdatedAt);
