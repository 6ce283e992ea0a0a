using Microsoft.AspNetCore.Identity;

namespace SalesSuite.Host.Identity;

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }

    public AppRole(string name) : base(name) => Id = Guid.NewGuid();
}
