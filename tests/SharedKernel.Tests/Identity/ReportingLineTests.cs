using System.Security.Cryptography;
using System.Text;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.SharedKernel.Tests.Identity;

/// <summary>The kernel's one walk up the reporting line: nearest first, vacant posts passed over, cycles ended.</summary>
public sealed class ReportingLineTests
{
    /// <summary>A directory in memory: name → (manager name, active).</summary>
    private sealed class Org(params (string Name, string? Manager, bool Active)[] people) : IOrganisation
    {
        private readonly Dictionary<string, OrgUser> _byName = people.ToDictionary(p => p.Name, p => new OrgUser(
            Id(p.Name), p.Name, p.Name, null, null, null, null, null, p.Manager is null ? null : Id(p.Manager), p.Active, []));

        public static Guid Id(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes(name)));

        public int ManagerCalls { get; private set; }

        public Task<OrgUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken = default) =>
            Task.FromResult(_byName.Values.FirstOrDefault(u => u.Id == userId));

        public Task<IReadOnlyList<OrgUser>> ActiveUsersAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<OrgUser>>(_byName.Values.Where(u => u.IsActive).ToList());

        public Task<IReadOnlyList<OrgUser>> UsersInRoleAsync(string role, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<OrgUser>>([]);

        public Task<OrgUser?> ManagerOfAsync(Guid userId, CancellationToken cancellationToken = default)
        {
            ManagerCalls++;
            var managerId = _byName.Values.FirstOrDefault(u => u.Id == userId)?.ManagerId;
            return Task.FromResult(managerId is null ? null : _byName.Values.FirstOrDefault(u => u.Id == managerId));
        }

        public Task<IReadOnlyList<Guid>> SubordinatesOfAsync(Guid managerUserId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Guid>>([]);
    }

    private static readonly Org Company = new(
        ("gm", null, true), ("director", "gm", true), ("mgr", "director", true), ("sales", "mgr", true),
        ("left", "director", false), ("orphan", "left", true), ("tech", "director", true));

    private static async Task<string[]> NamesAsync(IOrganisation org, string from, int levels) =>
        (await org.AboveAsync(Org.Id(from), levels)).Select(u => u.UserName).ToArray();

    [Fact]
    public async Task Given_a_three_level_line_When_walking_up_Then_nearest_first_and_never_more_than_asked()
    {
        Assert.Equal(["mgr", "director", "gm"], await NamesAsync(Company, "sales", 5));
        Assert.Equal(["mgr", "director"], await NamesAsync(Company, "sales", 2));
        Assert.Empty(await NamesAsync(Company, "sales", 0));
        Assert.Empty(await NamesAsync(Company, "gm", 3));
    }

    [Fact]
    public async Task Given_a_deactivated_manager_When_walking_up_Then_the_vacant_post_is_passed_over_without_counting()
    {
        Assert.Equal(["director", "gm"], await NamesAsync(Company, "orphan", 3));
        Assert.Equal("director", (await Company.LevelAboveAsync(Org.Id("orphan"), 1))?.UserName);
    }

    [Fact]
    public async Task Given_a_cycle_in_the_data_When_walking_up_Then_the_walk_ends_without_repeating_anyone()
    {
        var looped = new Org(("a", "b", true), ("b", "c", true), ("c", "a", true), ("self", "self", true));

        Assert.Equal(["b", "c"], await NamesAsync(looped, "a", 10));
        Assert.Empty(await NamesAsync(looped, "self", 10));
        Assert.True(looped.ManagerCalls <= 5, $"{looped.ManagerCalls} calls");
    }

    [Fact]
    public async Task Given_several_people_When_asking_a_level_for_all_Then_each_person_above_once_and_short_lines_drop_out()
    {
        Assert.Null(await Company.LevelAboveAsync(Org.Id("director"), 2));
        Assert.Null(await Company.LevelAboveAsync(Org.Id("sales"), 0));
        Assert.Equal("gm", (await Company.LevelAboveAsync(Org.Id("sales"), 3))?.UserName);

        var level1 = await Company.LevelAboveAllAsync([Org.Id("mgr"), Org.Id("tech"), Org.Id("gm")], 1);
        var level2 = await Company.LevelAboveAllAsync([Org.Id("mgr"), Org.Id("tech"), Org.Id("gm")], 2);

        Assert.Equal([Org.Id("director")], level1);
        Assert.Equal([Org.Id("gm")], level2);
    }
}
