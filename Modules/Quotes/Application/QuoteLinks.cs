namespace SalesSuite.Quotes.Application;

/// <summary>Links that bell notifications carry.</summary>
internal static class QuoteLinks
{
    public static string Details(Guid quoteId) => $"/Quotes/Details/{quoteId}";
}
