using NodaTime;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.Drafts;

/// <summary>A validated draft edit, ready for <see cref="Quote.Edit"/>.</summary>
internal sealed record QuoteDraft(
    IReadOnlyList<QuoteLine> Lines, string Terms, IReadOnlyList<PaymentItem> Schedule, LocalDate ValidUntil, bool Urgent, string Tags);
