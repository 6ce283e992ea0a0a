using Ardalis.Specification;

namespace SalesSuite.Leads.Domain.Specifications;

/// <summary>The claims a person holds (what the per-person claim limit counts).</summary>
internal sealed class OpenClaimsOfSpec : Specification<Lead>
{
    public OpenClaimsOfSpec(Guid userId)
    {
        Query.Where(l => l.OwnerId == userId && l.Status == LeadStatus.Claimed);
    }
}
