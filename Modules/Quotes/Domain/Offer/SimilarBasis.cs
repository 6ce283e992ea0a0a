namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>Which past orders a margin was compared with, narrowest first (resource keys Offer_Basis_{Basis}).</summary>
internal enum SimilarBasis
{
    ProductLineAndCustomerType,
    ProductLine,
    CustomerType,
    AllOrders,
}
