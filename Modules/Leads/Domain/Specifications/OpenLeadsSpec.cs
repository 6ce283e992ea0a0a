using Ardalis.Specification;

namespace SalesSuite.Leads.Domain.Specifications;

/// <summary>Leads someone is working on (claimed or assigned): nearest release deadline first, newest claims next.</summary>
internal sealed class OpenLeadsSpec : Specification<Lead>
{
    public const int PageSize = 200;

    public OpenLeadsSpec()
    {
        Query.Where(l => l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned)
            .OrderBy(l => l.ReleaseDeadline).ThenByDescending(l => l.ClaimedAt)
            .Take(PageSize);
    }
}
