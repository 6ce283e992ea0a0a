namespace SalesSuite.Collections.Domain.Commissions;

/// <summary>From <see cref="From"/> collected in the month (per salesperson) on, the rate is <see cref="RatePercent"/>.</summary>
internal sealed record CommissionTier(decimal From, decimal RatePercent);
