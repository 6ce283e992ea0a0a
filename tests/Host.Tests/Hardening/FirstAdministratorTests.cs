using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Tests.Hardening;

public sealed class FirstAdministratorTests(BootstrapAdminFactory factory) : IClassFixture<BootstrapAdminFactory>
{
    [Fact]
    public async Task Given_Production_with_bootstrap_settings_Then_exactly_one_admin_exists_who_must_change_the_password()
    {
        var (people, admins, mustChange) = await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var root = await users.FindByNameAsync("root");
            var claims = root is null ? [] : await users.GetClaimsAsync(root);
            return (await users.Users.CountAsync(), (await users.GetUsersInRoleAsync(Roles.Admin)).Count,
                claims.Any(c => c.Type == PasswordChangeRequired.ClaimType));
        });

        Assert.Equal((1, 1, true), (people, admins, mustChange));
    }
}
