using Ardalis.Specification;

namespace SalesSuite.Leads.Domain.Specifications;

/// <summary>Pool leads of one source, oldest first (what an assignment rule run takes).</summary>
internal sealed class PoolLeadsSpec : Specification<Lead>
{
    public PoolLeadsSpec(string source, int take)
    {
        Query.Where(l => l.Status == LeadStatus.Pool && l.Source == source).OrderBy(l => l.CreatedAt).Take(take);
    }
}
