using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>The receivables board on real SQLite: bucket totals, the rows behind each total, visibility, CSV.</summary>
public sealed class ReceivablesBoardTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_milestones_in_every_bucket_When_Finance_follows_each_bucket_link_Then_the_rows_add_up_to_the_bucket_total()
    {
        var owner = await app.UserIdAsync("sales03");
        var customer = await ReportData.CustomerAsync(app);
        var ids = await ReportData.ContractAsync(app, owner, customer,
            (100m, -10, "later"), (200m, 0, "today"), (300m, 1, "d1"), (400m, 30, "d30"), (500m, 31, "d31"), (600m, 60, "d60"),
            (700m, 61, "d61"), (800m, 90, "d90"), (900m, 91, "d91"), (1000m, 45, "partly"), (1100m, 45, "paid"), (1200m, 200, "reported"));
        await ReportData.PayAsync(app, ids[9], 400m);
        await ReportData.PayAsync(app, ids[10], 1100m);
        await ReportData.ReportPaidAsync(app, ids[11]);
        using var finance = await app.SignInAsync("finance", "en");

        var html = await finance.GetStringAsync($"/Collections/Receivables?customerId={customer}");
        var buckets = ReportData.Buckets(html);

        Assert.Equal((2, 300m), (buckets[AgeBucket.Current].Count, buckets[AgeBucket.Current].Amount));
        Assert.Equal((2, 700m), (buckets[AgeBucket.Days1To30].Count, buckets[AgeBucket.Days1To30].Amount));
        Assert.Equal((3, 1700m), (buckets[AgeBucket.Days31To60].Count, buckets[AgeBucket.Days31To60].Amount));
        Assert.Equal((2, 1500m), (buckets[AgeBucket.Days61To90].Count, buckets[AgeBucket.Days61To90].Amount));
        Assert.Equal((2, 2100m), (buckets[AgeBucket.Over90].Count, buckets[AgeBucket.Over90].Amount));
        foreach (var (bucket, (count, amount, link)) in buckets)
        {
            var page = await finance.GetStringAsync(link);
            var (_, csv) = await ReportData.CsvAsync(finance, link);
            var outstanding = csv.Records.Sum(r => decimal.Parse(r.Value("Outstanding")!, CultureInfo.InvariantCulture));

            Assert.Equal((count, amount), (csv.Records.Count, outstanding));
            Assert.Equal(count, page.Split("data-testid=\"receivable-row\"").Length - 1);
            Assert.All(csv.Records, r => Assert.Equal(bucket.ToString(), BucketKey(r.Value("Age bucket")!)));
        }
    }

    [Fact]
    public async Task Given_two_salespeople_with_receivables_When_one_opens_the_board_Then_only_their_rows_and_totals_are_shown()
    {
        var (sales05, sales06) = (await app.UserIdAsync("sales05"), await app.UserIdAsync("sales06"));
        var customer = await ReportData.CustomerAsync(app);
        await ReportData.ContractAsync(app, sales05, customer, (1000m, 40, "S05-overdue"), (2000m, -5, "S05-later"));
        await ReportData.ContractAsync(app, sales06, customer, (3000m, 40, "S06-overdue"), (4000m, 100, "S06-old"));
        using var sales = await app.SignInAsync("sales05", "en");
        using var finance = await app.SignInAsync("finance", "en");

        var own = await sales.GetStringAsync("/Collections/Receivables");
        var buckets = ReportData.Buckets(own);
        var (_, csv) = await ReportData.CsvAsync(sales, "/Collections/Receivables");
        var all = ReportData.Buckets(await finance.GetStringAsync($"/Collections/Receivables?customerId={customer}"));

        // What sales05 owns, computed from the rows with the domain's own rule (not the board's SQL).
        var expected = await app.InScopeAsync(async sp =>
        {
            var rows = await sp.GetRequiredService<CollectionsDbContext>().Receivables.AsNoTracking()
                .Where(r => r.OwnerId == sales05 && r.Status != ReceivableStatus.Paid).ToListAsync();
            return rows.GroupBy(r => AgeBuckets.Of(r.DaysOverdue(ReportData.Today)))
                .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(r => r.Outstanding)));
        });
        foreach (var bucket in AgeBuckets.All)
        {
            Assert.Equal(expected.GetValueOrDefault(bucket), (buckets[bucket].Count, buckets[bucket].Amount));
        }
        Assert.Contains("S05-overdue", own);
        Assert.DoesNotContain("S06-overdue", own);
        Assert.DoesNotContain("S06", string.Join('\n', csv.Records.Select(r => r.Value("Milestone"))));
        Assert.All(csv.Records, r => Assert.Equal("黄静 Huang Jing", r.Value("Owner")));
        Assert.Equal((2, 4000m), (all[AgeBucket.Days31To60].Count, all[AgeBucket.Days31To60].Amount));
        // A filter on someone else does not widen what a salesperson sees.
        var foreign = ReportData.Buckets(await sales.GetStringAsync($"/Collections/Receivables?owner={sales06}"));
        Assert.All(foreign.Values, b => Assert.Equal((0, 0m), (b.Count, b.Amount)));
    }

    [Fact]
    public async Task Given_a_regional_manager_When_they_open_the_board_Then_their_team_s_rows_and_totals_and_no_other_team_s()
    {
        var customer = await ReportData.CustomerAsync(app);
        await ReportData.ContractAsync(app, await app.UserIdAsync("sales01"), customer, (100m, 35, "team-east-1"));
        await ReportData.ContractAsync(app, await app.UserIdAsync("mgr.east"), customer, (200m, 50, "team-east-2"));
        await ReportData.ContractAsync(app, await app.UserIdAsync("sales04"), customer, (400m, 40, "team-north"));
        using var manager = await app.SignInAsync("mgr.east", "en");
        var east = await app.InScopeAsync(async sp =>
        {
            var users = await sp.GetRequiredService<SalesSuite.SharedKernel.Identity.IOrganisation>().ActiveUsersAsync();
            return users.Where(u => u.TeamName == "华东一组").Select(u => u.Id).ToList();
        });

        var page = await manager.GetStringAsync($"/Collections/Receivables?customerId={customer}");
        var team = await manager.GetStringAsync($"/Collections/Receivables?team={(await TeamIdAsync("华东一组"))}&customerId={customer}");

        Assert.Contains("team-east-1", page);
        Assert.Contains("team-east-2", page);
        Assert.DoesNotContain("team-north", page);
        Assert.Equal((2, 300m), (ReportData.Buckets(page)[AgeBucket.Days31To60].Count, ReportData.Buckets(page)[AgeBucket.Days31To60].Amount));
        Assert.Equal(2, page.Split("data-testid=\"receivable-row\"").Length - 1);
        Assert.Equal(2, team.Split("data-testid=\"receivable-row\"").Length - 1);
        Assert.Equal(4, east.Count);
    }

    private Task<Guid> TeamIdAsync(string name) => app.InScopeAsync(async sp =>
        (await sp.GetRequiredService<SalesSuite.SharedKernel.Identity.IOrganisation>().ActiveUsersAsync())
            .First(u => u.TeamName == name).TeamId!.Value);

    [Fact]
    public async Task Given_a_customer_and_milestone_starting_with_equals_When_exported_Then_UTF8_BOM_and_the_formula_is_neutralised()
    {
        var owner = await app.UserIdAsync("sales02");
        var customer = await ReportData.CustomerAsync(app, name: "=HYPERLINK(\"http://evil\")");
        await ReportData.ContractAsync(app, owner, customer, (500m, 3, "=1+2 首付款"));
        using var finance = await ReportData.SignInAsync(app, "finance", "en");
        using var financeZh = await ReportData.SignInAsync(app, "finance", "zh-CN");

        var (bytes, csv) = await ReportData.CsvAsync(finance, $"/Collections/Receivables?customerId={customer}");
        var (_, zh) = await ReportData.CsvAsync(financeZh, $"/Collections/Receivables?customerId={customer}");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var row = Assert.Single(csv.Records);
        Assert.Equal("'=1+2 首付款", row.Value("Milestone"));
        Assert.Equal("'=HYPERLINK(\"http://evil\")", row.Value("Customer"));
        Assert.Equal(500m, decimal.Parse(row.Value("Outstanding")!, CultureInfo.InvariantCulture));
        Assert.Equal("Contract", csv.Header[0]);
        Assert.Equal("合同", zh.Header[0]);
    }

    [Fact]
    public async Task Given_the_board_When_asked_by_htmx_Then_only_the_board_fragment_comes_back_and_the_page_still_works_without_it()
    {
        using var finance = await app.SignInAsync("finance", "en");

        using var fragment = await finance.HtmxGetAsync("/Collections/Receivables?status=Overdue&age=Days31To60");
        var body = await fragment.Content.ReadAsStringAsync();
        var page = await finance.GetStringAsync("/Collections/Receivables?status=Overdue&age=Days31To60");

        Assert.Equal(System.Net.HttpStatusCode.OK, fragment.StatusCode);
        Assert.DoesNotContain("<html", body);
        Assert.Contains("data-testid=\"bucket-totals\"", body);
        Assert.Contains("<html", page);
        Assert.Contains("hx-push-url=\"true\"", page);
        Assert.Contains("<option value=\"Days31To60\" selected=\"selected\">", page);
    }

    private static string BucketKey(string label) => label switch
    {
        "Current" => nameof(AgeBucket.Current),
        "1–30 days" => nameof(AgeBucket.Days1To30),
        "31–60 days" => nameof(AgeBucket.Days31To60),
        "61–90 days" => nameof(AgeBucket.Days61To90),
        _ => nameof(AgeBucket.Over90),
    };
}
