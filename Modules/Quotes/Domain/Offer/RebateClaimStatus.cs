namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>Where a rebate request stands on Finance's to-do list (resource keys Offer_RebateStatus_{Status}).</summary>
internal enum RebateClaimStatus
{
    Open,
    Completed,
    Refused,
}
