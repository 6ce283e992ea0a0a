namespace SalesSuite.Quotes.Application.List;

/// <summary>The list's orders; each ends on the unique quote number, so equal keys keep one stable order for paging.</summary>
internal enum QuoteSort
{
    /// <summary>Newest change first.</summary>
    Updated,
    /// <summary>Validity ending soonest first.</summary>
    ValidUntil,
    /// <summary>By quote number.</summary>
    Number,
}
