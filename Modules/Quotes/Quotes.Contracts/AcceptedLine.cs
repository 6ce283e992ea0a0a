namespace SalesSuite.Quotes.Contracts;

/// <summary>
/// The accepted version's amount (gross, tax included) on one product line; the lines of a <see cref="QuoteAccepted"/>
/// add up to its amount. Collections splits collected cash over them for commissions.
/// </summary>
public sealed record AcceptedLine(string ProductLine, decimal Amount);
