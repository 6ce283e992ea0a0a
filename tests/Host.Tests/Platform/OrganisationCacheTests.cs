using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>Changes made through Identity and the context (not the admin pages) show in the next read of the cached directory.</summary>
public sealed class OrganisationCacheTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_a_cached_directory_When_a_user_is_renamed_and_deactivated_Then_the_next_request_sees_both()
    {
        Assert.True((await FindAsync("sales03")).IsActive);
        await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("sales03"))!;
            user.DisplayName = "销售三 Renamed";
            user.IsActive = false;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        });

        var seen = await FindAsync("sales03");

        Assert.Equal("销售三 Renamed", seen.DisplayName);
        Assert.False(seen.IsActive);
    }

    [Fact]
    public async Task Given_a_cached_directory_When_a_manager_and_a_role_change_Then_subordinates_and_roles_follow_at_once()
    {
        var manager = await FindAsync("mgr.east");
        var sales04 = await FindAsync("sales04");
        Assert.DoesNotContain(sales04.Id, await SubordinatesAsync(manager.Id));
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == "sales04");
            user.ManagerId = manager.Id;
            await db.SaveChangesAsync();
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.AddToRoleAsync(user, Roles.Finance)).Succeeded);
        });

        Assert.Contains(sales04.Id, await SubordinatesAsync(manager.Id));
        Assert.Contains(Roles.Finance, (await FindAsync("sales04")).Roles);
    }

    private Task<OrgUser> FindAsync(string userName) => factory.InScopeAsync(async sp =>
    {
        var id = await sp.GetRequiredService<HostDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return (await sp.GetRequiredService<IOrganisation>().FindUserAsync(id))!;
    });

    private Task<IReadOnlyList<Guid>> SubordinatesAsync(Guid managerId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IOrganisation>().SubordinatesOfAsync(managerId));
}
