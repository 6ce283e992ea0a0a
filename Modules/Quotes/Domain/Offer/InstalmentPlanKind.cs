namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>The three plans proposed at submission (resource keys Offer_Plan_{Kind}).</summary>
internal enum InstalmentPlanKind
{
    Standard,
    FrontLoaded,
    Longer,
}
