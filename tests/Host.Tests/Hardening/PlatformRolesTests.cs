using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.Host.Seeding;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Tests.Hardening;

/// <summary>Its own host (the first administrator's): the check every start makes of the platform's roles.</summary>
public sealed class PlatformRolesTests(BootstrapAdminFactory factory) : IClassFixture<BootstrapAdminFactory>
{
    [Fact]
    public async Task Given_a_role_deleted_and_no_administrator_When_the_roles_are_checked_Then_the_role_is_back_and_no_administrator_reported()
    {
        var (withRoot, withoutAdmins, names) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            var roles = sp.GetRequiredService<RoleManager<AppRole>>();
            var withRoot = await PlatformRoles.EnsureAsync(db, roles);
            await db.UserRoles.ExecuteDeleteAsync();
            await db.Roles.Where(r => r.NormalizedName == "TECH").ExecuteDeleteAsync();
            var withoutAdmins = await PlatformRoles.EnsureAsync(db, roles);
            return (withRoot, withoutAdmins, await db.Roles.Select(r => r.Name!).ToListAsync());
        });

        Assert.True(withRoot);
        Assert.False(withoutAdmins);
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }
}
