namespace SalesSuite.Collections.Application.Commissions;

/// <summary>One row of a statement's tier breakdown: how much of the month's cash fell into a rule's band, at what rate.</summary>
internal sealed record CommissionBandRow(string? Rule, decimal From, decimal? To, decimal RatePercent, decimal Amount, decimal Commission);
