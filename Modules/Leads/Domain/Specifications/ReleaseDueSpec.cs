using Ardalis.Specification;
using NodaTime;

namespace SalesSuite.Leads.Domain.Specifications;

/// <summary>Claims whose window passed without a follow-up: the query form of <see cref="Lead.IsReleaseDue"/>.</summary>
internal sealed class ReleaseDueSpec : Specification<Lead>
{
    public ReleaseDueSpec(Instant now)
    {
        Query.Where(l => l.Status == LeadStatus.Claimed && l.QualifiedAt == null && l.ReleaseDeadline <= now);
    }
}
