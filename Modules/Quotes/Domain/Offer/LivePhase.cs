namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>What the customer's page can do right now; only <see cref="Open"/> offers the accept form.</summary>
internal enum LivePhase
{
    Pending,
    Open,
    Revising,
    Accepted,
    Expired,
    Revoked,
}
