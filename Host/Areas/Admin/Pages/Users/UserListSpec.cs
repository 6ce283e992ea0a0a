using Ardalis.Specification;
using SalesSuite.Host.Identity;

namespace SalesSuite.Host.Areas.Admin.Pages.Users;

/// <summary>The user list's search (name, user name, phone) and team/active filters; the role filter is an id set.</summary>
internal sealed class UserListSpec : Specification<AppUser>
{
    public UserListSpec(string? search, Guid? teamId, bool? active, IReadOnlyCollection<Guid>? inRole)
    {
        Query.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            Query.Where(u => u.DisplayName.Contains(term) || u.UserName!.Contains(term) || (u.PhoneNumber != null && u.PhoneNumber.Contains(term)));
        }
        if (teamId is { } team)
        {
            Query.Where(u => u.TeamId == team);
        }
        if (active is { } isActive)
        {
            Query.Where(u => u.IsActive == isActive);
        }
        if (inRole is not null)
        {
            Query.Where(u => inRole.Contains(u.Id));
        }
        Query.OrderBy(u => u.UserName).Take(500);
    }
}
