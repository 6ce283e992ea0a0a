using NodaTime;

namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>
/// One view of the customer's page, taken on the request path (no database) and written later by the flusher:
/// the quote's facts the event and the bell need, the version shown, who looked (<see cref="PublicVisit"/>) and when.
/// <paramref name="Returning"/> says the browser brought its session cookie (a first view needs no lookup to know it is one).
/// </summary>
internal sealed record PendingView(
    string Token, Guid QuoteId, Guid DealId, Guid CustomerId, Guid OwnerId, string CustomerName, string Number,
    string VersionLabel, PublicVisit Visit, bool Returning, Instant At);
