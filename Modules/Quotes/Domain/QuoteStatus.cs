namespace SalesSuite.Quotes.Domain;

internal enum QuoteStatus
{
    Draft,
    InApproval,
    Approved,
    Rejected,
    Accepted,
    Expired,
}
