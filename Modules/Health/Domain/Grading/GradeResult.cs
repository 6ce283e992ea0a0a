namespace SalesSuite.Health.Domain.Grading;

/// <summary>A customer's grade (A+ / A / B / C), its weighted score 0–100 and the factors behind it.</summary>
internal sealed record GradeResult(string Grade, decimal Score, IReadOnlyList<FactorScore> Factors);
