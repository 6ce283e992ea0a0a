using NodaTime;

namespace SalesSuite.Collections.Domain;

/// <summary>What Collections needs of an accepted quote (mapped from Quotes' QuoteAccepted by the handler).</summary>
internal sealed record AcceptedQuote(
    Guid QuoteId, Guid DealId, Guid CustomerId, Guid OwnerId, string Version, decimal Amount, string Currency, LocalDate AcceptedOn,
    string? Terms, IReadOnlyList<MilestoneTerms> Milestones);
