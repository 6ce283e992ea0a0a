namespace SalesSuite.Quotes.Domain;

/// <summary>One payment milestone of the quote's terms, e.g. 预付款 30% on signing.</summary>
internal sealed record PaymentItem(string Name, decimal Percent, int DueDaysAfterSigning);
