using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Bench;

/// <summary>A signed-in person for timing the queries without HTTP.</summary>
internal sealed class BenchUser(OrgUser user) : ICurrentUser
{
    public Guid? UserId => user.Id;
    public string? DisplayName => user.DisplayName;
    public bool IsAuthenticated => true;
    public bool IsInRole(string role) => user.Roles.Contains(role);
}
