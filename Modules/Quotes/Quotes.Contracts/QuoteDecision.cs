namespace SalesSuite.Quotes.Contracts;

public enum QuoteDecision
{
    Approved,
    Rejected,
}
