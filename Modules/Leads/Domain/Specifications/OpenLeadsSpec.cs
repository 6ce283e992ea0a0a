using Ardalis.Specification;

namespace SalesSuite.Leads.Domain.Specifications;

/// <summary>
/// Leads someone is working on (claimed or assigned), or only those of <paramref name="status"/> when it is one of the
/// two, and only of <paramref name="source"/> when given. The order is the list's (keyset paging), not the criteria's.
/// </summary>
internal sealed class OpenLeadsSpec : Specification<Lead>
{
    public OpenLeadsSpec(LeadStatus? status = null, string? source = null)
    {
        if (status is LeadStatus.Claimed or LeadStatus.Assigned)
        {
            var only = status.Value;
            Query.Where(l => l.Status == only);
        }
        else
        {
            Query.Where(l => l.Status == LeadStatus.Claimed || l.Status == LeadStatus.Assigned);
        }
        Query.Where(l => l.Source == source, !string.IsNullOrEmpty(source));
    }
}
