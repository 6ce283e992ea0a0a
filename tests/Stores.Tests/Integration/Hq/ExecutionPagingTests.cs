using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Hq;

/// <summary>
/// The execution page shows the first 30 stores and says how many more there are; "show more" (the Rows handler, over
/// htmx) answers the next ones in the same order from the same report, within the viewer's scope only: a store manager
/// gets their stores, a supervisor of another region none of these, a salesperson is refused.
/// </summary>
public sealed partial class ExecutionPagingTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private const int StoreCount = 65;

    [Fact]
    public async Task Given_65_stores_When_HQ_pages_them_by_rate_Then_30_30_and_5_come_in_one_order_without_gaps()
    {
        var chain = await SeedAsync();
        using var director = await app.SignInAsync("director", "en");

        var page = await director.GetStringAsync(chain.Url + "&sort=rate");
        var second = await MoreAsync(director, page);
        var third = await MoreAsync(director, second);

        var rows = StoreRows(page).Concat(StoreRows(second)).Concat(StoreRows(third)).ToList();
        Assert.Equal([30, 30, 5], new[] { StoreRows(page).Count, StoreRows(second).Count, StoreRows(third).Count });
        Assert.Matches("data-testid=\"execution-store-more\" data-shown=\"30\" data-total=\"65\"", page);
        Assert.Contains("Show 30 more", page);
        Assert.Matches("data-testid=\"execution-store-more\" data-shown=\"60\" data-total=\"65\"", second);
        Assert.DoesNotContain("execution-store-more", third);
        Assert.Equal(chain.Stores.Order(), rows.Select(r => r.Id).Order());
        var rates = rows.Select(r => (decimal)r.Executed / r.Due).ToList();
        Assert.Equal(rates.Order(), rates);
        Assert.True(rates[0] < rates[^1]);
    }

    [Fact]
    public async Task Given_scoped_viewers_When_they_ask_for_rows_Then_each_gets_only_their_stores_and_a_salesperson_is_refused()
    {
        var chain = await SeedAsync();
        using var manager = await app.SignInAsync("store01", "en");
        using var otherSupervisor = await app.SignInAsync("mgr.north", "en");
        using var sales = await app.SignInAsync("sales01", "en");
        var rows = chain.Url + "&handler=Rows&kind=store&skip=0";

        var managerPage = await manager.GetStringAsync(chain.Url);
        var managerRows = await manager.HtmxGetAsync(rows);
        var managerLater = await manager.HtmxGetAsync(chain.Url + "&handler=Rows&kind=store&skip=30");
        var northRows = await otherSupervisor.HtmxGetAsync(rows);
        var refused = await sales.HtmxGetAsync(rows);
        var unknownKind = await manager.HtmxGetAsync(chain.Url + "&handler=Rows&kind=user&skip=0");

        Assert.Equal(chain.Managed.Order(), StoreRows(managerPage).Select(r => r.Id).Order());
        Assert.DoesNotContain("execution-store-more", managerPage);
        Assert.Equal(chain.Managed.Order(), Rows(await managerRows.Content.ReadAsStringAsync()).Select(r => r.Id).Order());
        Assert.Empty(Rows(await managerLater.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, northRows.StatusCode);
        Assert.Empty(Rows(await northRows.Content.ReadAsStringAsync()));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Empty(Rows(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, unknownKind.StatusCode);
    }

    [Fact]
    public async Task Given_a_second_page_once_computed_When_one_of_its_stores_reports_Then_the_rows_show_it_at_once()
    {
        var chain = await SeedAsync();
        using var director = await app.SignInAsync("director", "en");
        var url = chain.Url + "&handler=Rows&kind=store&skip=30";
        var store = chain.Stores[45];

        var before = Rows(await (await director.HtmxGetAsync(url)).Content.ReadAsStringAsync()).Single(r => r.Id == store);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            db.Reports.Add(Report(store, 20, chain.Promotion, executed: true));
            await db.SaveChangesAsync();
        });
        var after = Rows(await (await director.HtmxGetAsync(url)).Content.ReadAsStringAsync()).Single(r => r.Id == store);

        Assert.Equal(before with { Executed = before.Executed + 1 }, after);
    }

    private async Task<Chain> SeedAsync()
    {
        var region = "Page" + Guid.NewGuid().ToString("N")[..6];
        var supervisor = await app.UserIdAsync("mgr.east");
        var store01 = await app.UserIdAsync("store01");
        return await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var promotion = new Promotion(Guid.NewGuid(), region + "P", "Paging week", "gift", new LocalDate(2026, 11, 16),
                new LocalDate(2026, 11, 20), region);
            db.Promotions.Add(promotion);
            var stores = new List<Guid>();
            for (var i = 0; i < StoreCount; i++)
            {
                var code = region + i.ToString("00", CultureInfo.InvariantCulture);
                var store = new Store(Guid.NewGuid(), code, code + " store", "Road 1", region, 31.2, 121.4);
                store.AssignPeople(supervisor, i < 2 ? [store01] : []);
                store.OpenOn(new LocalDate(2026, 11, 1));
                db.Stores.Add(store);
                stores.Add(store.Id);
                // Store i reported the first i % 5 days (16th onwards), executed each: rates 0 %, 20 %, … 80 % (day 20 left free).
                for (var day = 0; day < i % 5; day++)
                {
                    db.Reports.Add(Report(store.Id, 16 + day, promotion.Id, executed: true));
                }
            }
            await db.SaveChangesAsync();
            return new Chain($"/Stores/Execution?region={region}&from=2026-11-16&to=2026-11-20", stores, stores[..2], promotion.Id);
        });
    }

    private static async Task<string> MoreAsync(HttpClient client, string html)
    {
        var url = WebUtility.HtmlDecode(MorePattern().Match(html).Groups[1].Value);
        var response = await client.HtmxGetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The rows of the table by store (the page also has tables by region, type and promotion).</summary>
    private static List<Row> StoreRows(string html)
    {
        var start = html.IndexOf("data-testid=\"execution-store\"", StringComparison.Ordinal);
        return start < 0 ? Rows(html) : Rows(html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)]);
    }

    private static List<Row> Rows(string html) =>
        [.. RowPattern().Matches(html)
            .Select(m => new Row(Guid.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)))];

    private static DailyReport Report(Guid storeId, int day, Guid promotionId, bool executed)
    {
        var date = new LocalDate(2026, 11, day);
        var report = new DailyReport(Guid.NewGuid(), storeId, date, Guid.NewGuid(), Instant.FromUtc(2026, 11, day, 3, 0),
            Guid.NewGuid().ToString("N"), DailyReport.InFence, null, Duration.FromMinutes(12));
        report.Add(new PromotionExecution(Guid.NewGuid(), report.Id, storeId, date, promotionId, executed, Guid.NewGuid()));
        return report;
    }

    [GeneratedRegex("data-key=\"([0-9a-f-]{36})\" data-due=\"(\\d+)\" data-executed=\"(\\d+)\"")]
    private static partial Regex RowPattern();

    [GeneratedRegex("data-testid=\"execution-store-more\"[\\s\\S]*?hx-get=\"([^\"]+)\"")]
    private static partial Regex MorePattern();

    private sealed record Chain(string Url, List<Guid> Stores, List<Guid> Managed, Guid Promotion);

    private sealed record Row(Guid Id, int Due, int Executed);
}
