namespace SalesSuite.Health.Domain.Grading;

/// <summary>One factor of a grade: its code, weight (% of the score) and score 0–100 (50 when there is no data).</summary>
internal sealed record FactorScore(string Code, int Weight, decimal Score, bool HasData);
