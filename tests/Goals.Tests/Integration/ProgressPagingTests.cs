using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Goals.Domain;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

/// <summary>
/// A company of more than 50 people: the heatmap draws the first 50 (user-name order) and says how many are not shown,
/// "show more" draws 50 more, and the totals row and the CSV are always of everyone in view.
/// </summary>
public sealed partial class ProgressPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Q4 = "2026-Q4";
    private const int Extra = 60;
    private static readonly Guid Prospect = DefaultActionTypes.IdOf(KeyActionType.NewProspect);

    [Fact]
    public async Task Given_more_than_50_people_When_the_director_opens_progress_Then_50_rows_show_more_and_totals_of_everyone()
    {
        var last = await PeopleAsync();
        var director = await app.SignInAsync("director");

        var first = await director.GetStringAsync($"/Goals/Progress?period={Q4}");
        var everyone = await director.GetStringAsync($"/Goals/Progress?period={Q4}&shown=1000");
        var more = await director.GetAsync($"/Goals/Progress?period={Q4}&shown=100&handler=Table");

        var all = Rows(everyone);
        Assert.InRange(all.Count, Extra + 1, 99);
        Assert.Equal(all.Take(50), Rows(first));
        Assert.DoesNotContain(last, Rows(first));
        Assert.Contains($"已显示 50 / {all.Count} 人", first, StringComparison.Ordinal);
        Assert.Contains($"再显示 {all.Count - 50} 人", first, StringComparison.Ordinal);
        Assert.Contains($"全部 {all.Count} 人合计", first, StringComparison.Ordinal);
        Assert.DoesNotContain("goals-progress-more", everyone, StringComparison.Ordinal);
        Assert.Equal((3, 3), RowOwedDone(everyone, last));
        Assert.Equal(Totals(everyone), Totals(first));
        Assert.Equal(Totals(everyone)[Prospect].Owed, SumOfRows(everyone, Prospect));
        Assert.Equal(HttpStatusCode.OK, more.StatusCode);
        Assert.Equal(all.Take(100), Rows(await more.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Given_more_than_50_people_When_the_csv_is_downloaded_Then_it_has_everyone()
    {
        await PeopleAsync();
        var director = await app.SignInAsync("director");
        var people = Rows(await director.GetStringAsync($"/Goals/Progress?period={Q4}&shown=1000")).Count;

        var csv = Encoding.UTF8.GetString(await director.GetByteArrayAsync($"/Goals/Progress?handler=Csv&period={Q4}"));

        Assert.Equal(people + 1, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>
    /// Adds <see cref="Extra"/> salespeople named after everyone else (once per fixture); the last of them owes 3 new
    /// prospects and has done 3. Returns that person.
    /// </summary>
    private async Task<Guid> PeopleAsync()
    {
        var lastName = $"zz.s{Extra:00}";
        var existing = await app.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().Users.AsNoTracking()
            .Where(u => u.UserName == lastName).Select(u => (Guid?)u.Id).SingleOrDefaultAsync());
        if (existing is { } id)
        {
            return id;
        }
        var last = Guid.Empty;
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            var role = await db.Roles.SingleAsync(r => r.Name == Roles.Salesperson);
            for (var i = 1; i <= Extra; i++)
            {
                var user = new AppUser { Id = Guid.NewGuid(), UserName = $"zz.s{i:00}", DisplayName = $"同事 {i:00}", SecurityStamp = "x" };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
                last = user.Id;
            }
            await db.SaveChangesAsync();
        });
        await app.GoalsAsync(db =>
        {
            var contract = new ActionContract(Guid.NewGuid(), last, GoalPeriod.Parse(Q4)!.Value, AppFactory.DefaultNow);
            contract.SetLines([new ContractLine(Prospect, 3, LineSource.Target)]);
            db.Contracts.Add(contract);
            return Task.CompletedTask;
        });
        for (var i = 0; i < 3; i++)
        {
            await app.ConsumeAsync(Events.FollowUpLogged(last, objective: "EstablishContact"));
        }
        return last;
    }

    private static List<Guid> Rows(string html) =>
        RowPattern().Matches(html).Select(m => Guid.Parse(m.Groups["user"].Value)).ToList();

    private static (int Owed, int Done) RowOwedDone(string html, Guid user)
    {
        var row = RowPattern().Matches(html).Single(m => m.Groups["user"].Value == user.ToString()).Groups["cells"].Value;
        var cell = CellPattern().Matches(row).Single(m => m.Groups[1].Value == Prospect.ToString());
        return (int.Parse(cell.Groups[3].Value), int.Parse(cell.Groups[2].Value));
    }

    private static int SumOfRows(string html, Guid type) =>
        RowPattern().Matches(html).Sum(row => CellPattern().Matches(row.Groups["cells"].Value)
            .Where(m => m.Groups[1].Value == type.ToString()).Sum(m => int.Parse(m.Groups[3].Value)));

    /// <summary>The totals row: action type → (done, owed).</summary>
    private static Dictionary<Guid, (int Done, int Owed)> Totals(string html)
    {
        var foot = html[html.IndexOf("data-testid=\"goals-progress-totals\"", StringComparison.Ordinal)..];
        return TotalPattern().Matches(foot).ToDictionary(m => Guid.Parse(m.Groups[1].Value),
            m => (int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)));
    }

    [GeneratedRegex("data-testid=\"goals-progress-row\" data-user=\"(?<user>[0-9a-f-]+)\"(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("data-type=\"([0-9a-f-]+)\" data-done=\"(\\d+)\" data-owed=\"(\\d+)\" data-band")]
    private static partial Regex CellPattern();

    [GeneratedRegex("data-type=\"([0-9a-f-]+)\" data-done=\"(\\d+)\" data-owed=\"(\\d+)\">")]
    private static partial Regex TotalPattern();
}
