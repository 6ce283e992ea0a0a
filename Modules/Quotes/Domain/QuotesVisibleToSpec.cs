using Ardalis.Specification;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// The quotes a person may see: the kernel's visibility rule (own / team / all owners) or a step of the quote's chain
/// for one of the person's roles (approvers). One predicate, translated to SQL; the list chooses the order.
/// </summary>
internal sealed class QuotesVisibleToSpec : Specification<Quote>
{
    public QuotesVisibleToSpec(Visibility visibility, IEnumerable<string> roles)
    {
        if (visibility.All)
        {
            return;
        }
        List<Guid> owners = [.. visibility.Owners];
        List<string> approverRoles = [.. roles];
        if (approverRoles.Count == 0)
        {
            // No role to match a step: the same rows without an EXISTS per quote, so the owner index drives the query.
            Query.Where(q => owners.Contains(q.OwnerId));
            return;
        }
        Query.Where(q => owners.Contains(q.OwnerId) || q.Steps.Any(s => approverRoles.Contains(s.Role)));
    }
}
