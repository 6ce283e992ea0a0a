using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Admin;

/// <summary>
/// The directory is read once per directory stamp for the whole process: reading it again without a change costs no
/// directory read, and a change of a user (team, manager, roles, name) or of a team shows in the very next request.
/// </summary>
public sealed class DirectoryCacheTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_a_read_directory_When_nothing_changed_Then_the_next_requests_read_no_directory()
    {
        var cache = factory.Services.GetRequiredService<StampedCache<Organisation>>();
        await DirectoryAsync();
        var computed = cache.Computed;

        var again = await DirectoryAsync();
        await DirectoryAsync();

        Assert.Equal(computed, cache.Computed);
        Assert.Contains(again, u => u.UserName == "sales05");
    }

    [Fact]
    public async Task Given_a_read_directory_When_the_admin_moves_a_user_to_another_team_and_role_Then_the_next_read_shows_it()
    {
        var subject = await factory.UserAsync("sales06");
        var manager = await factory.UserAsync("mgr.south");
        var team = await factory.InScopeAsync(sp =>
            sp.GetRequiredService<HostDbContext>().Teams.AsNoTracking().SingleAsync(t => t.Id == manager.TeamId));
        var before = (await DirectoryAsync()).Single(u => u.Id == subject.Id);
        var admin = await factory.SignInAsync("admin", "en");
        var edit = $"/Admin/Users/Edit/{subject.Id}";

        var response = await admin.PostFormAsync(edit, new()
        {
            ["Input.UserName"] = "sales06",
            ["Input.DisplayName"] = "新名字 Renamed",
            ["Input.PhoneNumber"] = subject.PhoneNumber!,
            ["Input.Email"] = subject.Email!,
            ["Input.TeamId"] = team.Id.ToString(),
            ["Input.ManagerId"] = manager.Id.ToString(),
            ["Input.Roles"] = Roles.RegionalManager,
            ["Input.ConcurrencyStamp"] = subject.ConcurrencyStamp!,
        }, edit);
        var after = (await DirectoryAsync()).Single(u => u.Id == subject.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual(team.Id, before.TeamId);
        Assert.Equal((team.Id, team.Name, manager.Id, "新名字 Renamed"),
            (after.TeamId!.Value, after.TeamName, after.ManagerId!.Value, after.DisplayName));
        Assert.Equal([Roles.RegionalManager], after.Roles);
    }

    [Fact]
    public async Task Given_a_read_directory_When_a_team_is_renamed_Then_its_members_carry_the_new_name_at_once()
    {
        var member = await factory.UserAsync("sales07");
        Assert.NotNull((await DirectoryAsync()).Single(u => u.Id == member.Id).TeamName);

        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            (await db.Teams.SingleAsync(t => t.Id == member.TeamId)).Name = "改名后的组";
            await db.SaveChangesAsync();
        });

        Assert.Equal("改名后的组", (await DirectoryAsync()).Single(u => u.Id == member.Id).TeamName);
    }

    /// <summary>The directory as a new request sees it.</summary>
    private Task<IReadOnlyList<OrgUser>> DirectoryAsync() =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IOrganisation>().ActiveUsersAsync());
}
