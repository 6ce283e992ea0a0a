namespace SalesSuite.Health.Contracts;

/// <summary>One factor of a customer's grade: its code (payment, speed, tier, competition), weight (0–1) and score (0–100).</summary>
public sealed record GradeFactor(string Code, decimal Weight, decimal Score);
