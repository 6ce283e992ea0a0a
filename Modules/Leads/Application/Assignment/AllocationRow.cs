using NodaTime;
using SalesSuite.Leads.Contracts;

namespace SalesSuite.Leads.Application.Assignment;

public sealed record AllocationRow(
    Instant At, string Lead, string To, bool ByRule, decimal Total, IReadOnlyList<AssignmentScore> Scores, string? Reason,
    string? Industry, bool IndustryMatched);
