using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Assignment;

/// <summary>The assignment page: rules, the newest visible allocations, non-target streaks, paused salespeople.</summary>
internal sealed record AssignmentOverview(
    IReadOnlyList<AssignmentRule> Rules,
    IReadOnlyList<AllocationRow> Log,
    IReadOnlyList<(string Name, int Days, string Until)> Deviations,
    IReadOnlyList<string> Paused);
