using NodaTime;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application;

/// <summary>A validated draft edit, ready for <see cref="Quote.Edit"/>.</summary>
internal sealed record QuoteDraftInput(IReadOnlyList<QuoteLine> Lines, string Terms, IReadOnlyList<PaymentItem> Schedule, LocalDate ValidUntil, bool Urgent, string Tags);
