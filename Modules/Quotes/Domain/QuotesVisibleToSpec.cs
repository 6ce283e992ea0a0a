using Ardalis.Specification;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// The quotes a person may see, newest change first: the kernel's visibility rule (own / team / all owners) or a step
/// of the quote's chain for one of the person's roles (approvers). One predicate, translated to SQL.
/// </summary>
internal sealed class QuotesVisibleToSpec : Specification<Quote>
{
    public QuotesVisibleToSpec(Visibility visibility, IEnumerable<string> roles)
    {
        if (!visibility.All)
        {
            List<Guid> owners = [.. visibility.Owners];
            List<string> approverRoles = [.. roles];
            Query.Where(q => owners.Contains(q.OwnerId) || q.Steps.Any(s => approverRoles.Contains(s.Role)));
        }
        Query.OrderByDescending(q => q.UpdatedAt);
    }
}
