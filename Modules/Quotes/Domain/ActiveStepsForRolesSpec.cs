using Ardalis.Specification;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// Active approval steps for any of the given roles, most urgent first (due soonest, so past their SLA first; then by id,
/// a stable order for paging): an approver's queue.
/// </summary>
internal sealed class ActiveStepsForRolesSpec : Specification<ApprovalStep>
{
    public ActiveStepsForRolesSpec(IEnumerable<string> roles)
    {
        List<string> wanted = [.. roles];
        Query.Where(s => s.Status == StepStatus.Active && wanted.Contains(s.Role)).OrderBy(s => s.DueAt).ThenBy(s => s.Id);
    }
}
