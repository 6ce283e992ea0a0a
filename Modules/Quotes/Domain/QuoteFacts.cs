namespace SalesSuite.Quotes.Domain;

/// <summary>What chain conditions look at.</summary>
internal sealed record QuoteFacts(decimal Amount, decimal MarginPercent, decimal MaxDiscountPercent, IReadOnlyCollection<string> Tags, bool Urgent);
