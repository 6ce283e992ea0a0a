namespace SalesSuite.Leads.Contracts;

/// <summary>One factor of a weighted assignment: its weight (0-100), raw value (0-1) and weighted points.</summary>
public sealed record AssignmentScore(string Factor, decimal Weight, decimal Value, decimal Points);
