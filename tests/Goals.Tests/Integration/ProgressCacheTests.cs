using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Goals.Application.Evidence;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

/// <summary>
/// The progress heatmap's counts are computed once per progress stamp and period, then cut to the people in view: they
/// equal a plain count over the matches and contracts, and any change (a new match, a contract, matches deleted by a
/// re-derivation) shows at once. Writes go straight to the database, as another host would make them.
/// </summary>
public sealed partial class ProgressCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Q4 = "2026-Q4";
    private static readonly Guid Prospect = DefaultActionTypes.IdOf(KeyActionType.NewProspect);
    private static readonly Guid KeyVisit = DefaultActionTypes.IdOf(KeyActionType.KeyVisit);

    [Fact]
    public async Task Given_seeded_evidence_and_contracts_When_director_manager_and_salesperson_read_Then_each_cell_equals_a_plain_count()
    {
        var random = new Random(17);
        foreach (var name in new[] { "sales01", "sales02", "sales04", "mgr.east" })
        {
            var user = await app.UserIdAsync(name);
            await ContractAsync(user, (Prospect, random.Next(1, 9)));
            for (var i = 0; i < 6; i++)
            {
                await app.ConsumeAsync(Events.FollowUpLogged(user, objective: i % 2 == 0 ? "EstablishContact" : "AdvanceSolution",
                    occurredAt: AppFactory.DefaultNow - Duration.FromDays(random.Next(0, 120))));
            }
        }

        foreach (var reader in new[] { "director", "mgr.east", "sales01" })
        {
            var client = await app.SignInAsync(reader);
            var shown = Cells(await client.GetStringAsync($"/Goals/Progress?period={Q4}&all=true"));
            var expected = await ExpectedAsync(shown.Keys.Select(k => k.User).ToHashSet());

            Assert.NotEmpty(shown);
            Assert.All(shown, cell => Assert.Equal(expected.GetValueOrDefault(cell.Key), cell.Value));
            var visible = await VisibleAsync(reader);
            Assert.All(shown.Keys, k => Assert.True(visible(k.User), "not visible to " + reader));
        }
    }

    [Fact]
    public async Task Given_a_cached_heatmap_When_a_contract_is_added_Then_the_next_read_recomputes_and_shows_what_is_owed()
    {
        var user = await app.UserIdAsync("sales03");
        var director = await app.SignInAsync("director");
        var cache = app.Services.GetRequiredService<StampedCache<GoalsModule>>();
        var before = Cells(await director.GetStringAsync($"/Goals/Progress?period={Q4}&all=true"));
        var computed = cache.Computed;

        Assert.Equal(before, Cells(await director.GetStringAsync($"/Goals/Progress?period={Q4}&all=true")));
        Assert.Equal(computed, cache.Computed);
        await ContractAsync(user, (Prospect, 5));
        var after = Cells(await director.GetStringAsync($"/Goals/Progress?period={Q4}&all=true"));

        Assert.Equal(computed + 1, cache.Computed);
        Assert.Equal(5, after[(user, Prospect)].Owed);
    }

    [Fact]
    public async Task Given_a_visit_to_a_key_customer_When_the_customer_is_unmarked_Then_the_deleted_match_no_longer_counts_at_once()
    {
        var user = await app.UserIdAsync("sales06");
        var customer = Guid.NewGuid();
        await app.ConsumeAsync(Events.CustomerRegistered(customer, ownerId: user));
        await app.GoalsAsync(async db => (await db.Customers.SingleAsync(c => c.Id == customer)).MarkKey(true));
        await app.ConsumeAsync(Events.FollowUpLogged(user, customerId: customer));
        var director = await app.SignInAsync("director");
        var marked = Cells(await director.GetStringAsync($"/Goals/Progress?period={Q4}&all=true"))[(user, KeyVisit)].Done;

        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Data.GoalsDbContext>();
            (await db.Customers.SingleAsync(c => c.Id == customer)).MarkKey(false);
            await sp.GetRequiredService<EvidenceService>().RematchCustomerAsync(customer, CancellationToken.None);
            await db.SaveChangesAsync();
        });
        var unmarked = Cells(await director.GetStringAsync($"/Goals/Progress?period={Q4}&all=true"))[(user, KeyVisit)].Done;

        Assert.Equal(1, marked);
        Assert.Equal(0, unmarked);
    }

    /// <summary>Whose progress the reader may see: everyone (director), a manager's line, a salesperson's own.</summary>
    private async Task<Func<Guid, bool>> VisibleAsync(string reader)
    {
        if (reader == "director")
        {
            return _ => true;
        }
        var id = await app.UserIdAsync(reader);
        var line = await app.InScopeAsync(sp => sp.GetRequiredService<IOrganisation>().SubordinatesOfAsync(id));
        return line.Append(id).ToHashSet().Contains;
    }

    private Task ContractAsync(Guid userId, params (Guid Type, int Quantity)[] lines) =>
        app.GoalsAsync(async db =>
        {
            var period = GoalPeriod.Parse(Q4)!.Value;
            if (await db.Contracts.AnyAsync(c => c.UserId == userId && c.PeriodKind == period.Kind && c.PeriodStart == period.Start))
            {
                return;
            }
            var contract = new ActionContract(Guid.NewGuid(), userId, period, AppFactory.DefaultNow);
            contract.SetLines(lines.Select(l => new ContractLine(l.Type, l.Quantity, LineSource.Target)));
            db.Contracts.Add(contract);
        });

    /// <summary>The plain computation: matches of the period and contract lines, per person and action type.</summary>
    private Task<Dictionary<(Guid User, Guid Type), (int Done, int Owed)>> ExpectedAsync(IReadOnlySet<Guid> people) =>
        app.GoalsAsync(async db =>
        {
            var period = GoalPeriod.Parse(Q4)!.Value;
            var matches = await db.Matches.AsNoTracking().Where(m => m.Day >= period.Start && m.Day <= period.End)
                .Select(m => new { m.UserId, m.ActionTypeId }).ToListAsync();
            var contracts = await db.Contracts.AsNoTracking().Where(c => c.PeriodKind == period.Kind && c.PeriodStart == period.Start).ToListAsync();
            var done = matches.Where(m => people.Contains(m.UserId)).GroupBy(m => (m.UserId, m.ActionTypeId))
                .ToDictionary(g => g.Key, g => g.Count());
            var owed = contracts.Where(c => people.Contains(c.UserId))
                .SelectMany(c => c.Owed().Select(o => (Key: (c.UserId, o.Key), o.Value))).ToDictionary(x => x.Key, x => x.Value);
            return done.Keys.Union(owed.Keys).ToDictionary(k => k, k => (done.GetValueOrDefault(k), owed.GetValueOrDefault(k)));
        });

    /// <summary>Every cell of the heatmap: (person, action type) → (done, owed).</summary>
    private static Dictionary<(Guid User, Guid Type), (int Done, int Owed)> Cells(string html)
    {
        var cells = new Dictionary<(Guid, Guid), (int, int)>();
        foreach (var row in RowPattern().Matches(html).Cast<Match>())
        {
            var user = Guid.Parse(row.Groups["user"].Value);
            foreach (var cell in CellPattern().Matches(row.Groups["cells"].Value).Cast<Match>())
            {
                cells[(user, Guid.Parse(cell.Groups[1].Value))] = (int.Parse(cell.Groups[2].Value), int.Parse(cell.Groups[3].Value));
            }
        }
        return cells;
    }

    [GeneratedRegex("data-testid=\"goals-progress-row\" data-user=\"(?<user>[0-9a-f-]+)\"(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("data-type=\"([0-9a-f-]+)\" data-done=\"(\\d+)\" data-owed=\"(\\d+)\"")]
    private static partial Regex CellPattern();
}
