using Ardalis.Specification;
using NodaTime;

namespace SalesSuite.Quotes.Domain;

/// <summary>Quotes in approval or approved whose validity ended before <c>today</c>: the tick expires them.</summary>
internal sealed class ExpiringQuotesSpec : Specification<Quote>
{
    public ExpiringQuotesSpec(LocalDate today) =>
        Query.Where(q => (q.Status == QuoteStatus.Approved || q.Status == QuoteStatus.InApproval) && q.ValidUntil < today);
}
