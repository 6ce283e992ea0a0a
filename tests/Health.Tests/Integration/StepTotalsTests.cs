using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Health.Application;
using SalesSuite.Health.Application.Process;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Process;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>
/// The weekly step totals the heatmap reads: on a seeded set of samples (many weeks, steps, people, teams, none), the
/// totals and every cell the director and a regional manager get equal the aggregate of the raw samples.
/// </summary>
public sealed class StepTotalsTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    private static readonly (StepKind Kind, string Step)[] Steps =
        [(StepKind.Stage, "技术确认"), (StepKind.Stage, "商务谈判"), (StepKind.Approval, "Legal"), (StepKind.Approval, "Finance"),
            (StepKind.Milestone, "首付款"), (StepKind.Task, "Tech"), (StepKind.HandOff, HandOffs.LeadToFirstTouch)];

    /// <summary>500 samples over 30 weeks in 7 SaveChanges (the same key within one save and across saves), one owner without a team.</summary>
    private async Task SeedAsync()
    {
        var users = await app.InScopeAsync(sp => sp.GetRequiredService<IOrganisation>().ActiveUsersAsync());
        var owners = users.Where(u => u.UserName.StartsWith("sales0", StringComparison.Ordinal)).Select(u => (u.Id, u.TeamId))
            .Append((Guid.NewGuid(), null)).ToList();
        var random = new Random(13);
        var thisWeek = await app.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<Periods>().ThisWeek));
        for (var batch = 0; batch < 7; batch++)
        {
            await app.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<HealthDbContext>();
                for (var i = 0; i < 72; i++)
                {
                    var (kind, step) = Steps[random.Next(Steps.Length)];
                    var (owner, team) = owners[random.Next(owners.Count)];
                    var week = thisWeek.PlusWeeks(-random.Next(30));
                    var start = week.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
                    var end = start + Duration.FromHours(random.Next(1, 400));
                    db.Steps.Add(new StepSample(Guid.NewGuid(), kind, step, owner, team, new RecordRef(RecordRef.Deal, Guid.NewGuid(), "x"),
                        start, end, week, targetHours: random.Next(4) == 0 ? null : random.Next(10, 200), skipped: random.Next(8) == 0,
                        breached: random.Next(5) == 0));
                }
                await db.SaveChangesAsync();
            });
        }
    }

    private Task<T> AsAsync<T>(string user, string role, Func<IServiceProvider, Task<T>> work) => app.InScopeAsync(async sp =>
    {
        Claim[] claims = [new(ClaimTypes.NameIdentifier, (await app.UserIdAsync(user)).ToString()), new(ClaimTypes.Role, role)];
        sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")),
        };
        return await work(sp);
    });

    private static List<string> Lines(IEnumerable<StepCell> cells) =>
        cells.Select(c => $"{c.Kind} {c.Step} {c.Column} {c.Count} {c.Skipped} {c.Breached} {c.DelayHours:F6}")
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The aggregate the heatmap computed before the totals existed: every visible sample of the period, grouped.</summary>
    private static async Task<List<string>> RawAsync(IServiceProvider sp, int weeks, ColumnBy by)
    {
        var samples = await sp.GetRequiredService<ProcessQueries>().SamplesAsync(weeks, CancellationToken.None);
        var rows = await samples.Select(s => new { s.Kind, s.Step, s.TeamId, s.OwnerId, s.Skipped, s.Breached, s.DelayHours })
            .ToListAsync();
        return Lines(rows.GroupBy(s => (s.Kind, s.Step, Column: by == ColumnBy.Team ? s.TeamId : s.OwnerId))
            .Select(g => new StepCell(g.Key.Kind, g.Key.Step, g.Key.Column, g.Count(), g.Count(x => x.Skipped), g.Count(x => x.Breached),
                g.Sum(x => x.DelayHours))));
    }

    [Fact]
    public async Task Given_seeded_samples_When_the_totals_are_read_Then_they_equal_the_raw_aggregate_for_every_period_column_and_viewer()
    {
        await SeedAsync();
        var (rows, total) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HealthDbContext>();
            var samples = await db.Steps.AsNoTracking().ToListAsync();
            var raw = samples.GroupBy(StepTotal.KeyOf).Select(g => $"{g.Key} {g.Count()} {g.Count(s => s.Skipped)} {g.Count(s => s.Breached)} "
                + $"{g.Sum(s => s.DelayHours):F6}").Order(StringComparer.Ordinal).ToList();
            var totals = (await db.StepTotals.AsNoTracking().ToListAsync())
                .Select(t => $"{(t.Week, t.Kind, t.Step, t.OwnerId, t.TeamId)} {t.Count} {t.Skipped} {t.Breached} {t.DelayHours:F6}")
                .Order(StringComparer.Ordinal).ToList();
            return (raw.SequenceEqual(totals) ? raw.Count : -1, samples.Count);
        });
        Assert.True(total >= 504 && total % 504 == 0, $"{total} samples");
        Assert.True(rows > 100, $"the totals differ from the samples' aggregate ({rows})");

        foreach (var (user, role) in new[] { ("director", Roles.SalesDirector), ("mgr.north", Roles.RegionalManager) })
        {
            foreach (var weeks in ProcessFilter.WeekChoices)
            {
                foreach (var by in new[] { ColumnBy.Team, ColumnBy.Person })
                {
                    var (expected, actual) = await AsAsync(user, role, async sp => (await RawAsync(sp, weeks, by),
                        Lines(await sp.GetRequiredService<ProcessQueries>().CellsAsync(weeks, by, CancellationToken.None))));
                    Assert.NotEmpty(expected);
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Fact]
    public async Task Given_the_director_s_cached_cells_When_a_regional_manager_asks_Then_they_get_only_their_team_s_owners()
    {
        await SeedAsync();
        var north = await AsAsync("mgr.north", Roles.RegionalManager, sp => sp.GetRequiredService<HealthAccess>().VisibilityAsync(default));
        var all = await AsAsync("director", Roles.SalesDirector,
            sp => sp.GetRequiredService<ProcessQueries>().CellsAsync(26, ColumnBy.Person, CancellationToken.None));
        var theirs = await AsAsync("mgr.north", Roles.RegionalManager,
            sp => sp.GetRequiredService<ProcessQueries>().CellsAsync(26, ColumnBy.Person, CancellationToken.None));

        Assert.Contains(all, c => !north.CanSee(c.Column!.Value));
        Assert.NotEmpty(theirs);
        Assert.All(theirs, c => Assert.True(north.CanSee(c.Column!.Value)));
    }
}
