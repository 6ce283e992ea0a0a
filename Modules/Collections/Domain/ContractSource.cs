namespace SalesSuite.Collections.Domain;

/// <summary>Where a contract came from: an accepted quote, or Finance entering a deal closed outside Quotes.</summary>
internal enum ContractSource
{
    Quote = 0,
    Manual = 1,
}
