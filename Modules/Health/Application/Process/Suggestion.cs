using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Process;

/// <summary>A worded suggestion (reader's language) with the rule that made it and the address of its evidence.</summary>
internal sealed record Suggestion(string Rule, string Text, string EvidenceUrl, StepKind Kind, string Step, double Weight);
