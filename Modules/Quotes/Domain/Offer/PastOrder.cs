namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>An accepted quote as a benchmark: its main product line, the customer type and its (cost-locked) margin.</summary>
internal sealed record PastOrder(string ProductLine, string? CustomerType, decimal MarginPercent);
