using SalesSuite.Leads.Contracts;

namespace SalesSuite.Leads.Domain;

internal sealed record ScoredCandidate(Guid UserId, decimal Total, IReadOnlyList<AssignmentScore> Breakdown);
