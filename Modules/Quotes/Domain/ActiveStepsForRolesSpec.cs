using Ardalis.Specification;

namespace SalesSuite.Quotes.Domain;

/// <summary>Active approval steps for any of the given roles, waiting longest first (an approver's queue).</summary>
internal sealed class ActiveStepsForRolesSpec : Specification<ApprovalStep>
{
    public ActiveStepsForRolesSpec(IEnumerable<string> roles)
    {
        List<string> wanted = [.. roles];
        Query.Where(s => s.Status == StepStatus.Active && wanted.Contains(s.Role)).OrderBy(s => s.ActivatedAt);
    }
}
