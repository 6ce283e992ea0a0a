namespace SalesSuite.Leads.Domain;

/// <summary>One factor of a customer's grade: code (payment, speed, tier, competition), weight 0–1, score 0–100.</summary>
internal sealed record GradeFactorValue(string Code, decimal Weight, decimal Score);
