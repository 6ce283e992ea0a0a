using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Health.Bench;

/// <summary>A salesperson of the bench: their id, their team and the team's place in the list (teams differ in pace).</summary>
internal sealed record BenchSeller(Guid Id, Guid TeamId, int Team);

/// <summary>
/// The sales force of the bench: the demo's three teams grown to ten salespeople each, plus more teams of ten with their
/// managers up to <c>teamCount</c> (default 6: 60 salespeople; bench/Goals asks for 20: 200), created through the host's user
/// manager like an administrator would. Shared with bench/Goals (linked source).
/// </summary>
internal static class BenchPeople
{
    public const int Teams = 6;
    public const int PerTeam = 10;

    public static async Task<IReadOnlyList<BenchSeller>> EnsureAsync(AppFactory factory, int teamCount = Teams) =>
        await factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<HostDbContext>();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        string[] named = ["华西一组", "华中一组", "东北一组"];
        var regions = named.Concat(Enumerable.Range(1, Math.Max(0, teamCount - 6)).Select(i => $"区域{i:00}组")).Take(Math.Max(0, teamCount - 3));
        foreach (var (name, i) in regions.Select((n, i) => (n, i)))
        {
            if (!await db.Teams.AnyAsync(t => t.Name == name))
            {
                var team = new Team { Name = name, Region = name[..2] };
                db.Teams.Add(team);
                await db.SaveChangesAsync();
                var manager = await CreateAsync(users, $"bench.mgr{i + 1}", $"经理{i + 1}", team.Id, null, Roles.RegionalManager);
                team.LeaderId = manager;
                await db.SaveChangesAsync();
            }
        }
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync();
        var sellers = new List<BenchSeller>();
        foreach (var (team, t) in teams.Select((x, i) => (x, i)))
        {
            var members = await db.Users.AsNoTracking().Where(u => u.TeamId == team.Id && u.Id != team.LeaderId).Select(u => u.Id).ToListAsync();
            for (var n = members.Count; n < PerTeam; n++)
            {
                members.Add(await CreateAsync(users, $"bench.t{t + 1}.s{n + 1:00}", $"销售{t + 1}-{n + 1:00}", team.Id, team.LeaderId,
                    Roles.Salesperson));
            }
            sellers.AddRange(members.Take(PerTeam).Select(id => new BenchSeller(id, team.Id, t)));
        }
        return (IReadOnlyList<BenchSeller>)sellers;
    });

    private static async Task<Guid> CreateAsync(UserManager<AppUser> users, string userName, string display, Guid teamId, Guid? managerId,
        string role)
    {
        var user = new AppUser { Id = Guid.NewGuid(), UserName = userName, DisplayName = display, TeamId = teamId, ManagerId = managerId };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, role);
        return user.Id;
    }
}
