using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Master;

/// <summary>The store page's timeline: one row per check-in, refusal, exception, report, task, flag and cluster, newest first.</summary>
public sealed partial class StoreTimelineTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private static readonly LocalDate Today = new(2026, 11, 23);

    private async Task<(Store Store, Guid ReportId)> StoreWithHistoryAsync()
    {
        var store01 = await app.UserIdAsync("store01");
        var east = await app.UserIdAsync("mgr.east");
        var store = await StoreKit.AddAsync(app, StoreKit.Code(), supervisor: east, managers: [store01]);
        var now = app.Clock.GetCurrentInstant();
        var reportId = Guid.NewGuid();
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var inside = new GeoPosition(31.2305, 121.4737, 20);
            db.CheckIns.Add(new CheckIn(Guid.NewGuid(), store.Id, store01, now - Duration.FromMinutes(50), Today, inside,
                Geofence.Check(store, inside)));
            db.CheckIns.Add(new CheckIn(Guid.NewGuid(), store.Id, store01, now - Duration.FromDays(20), Today.PlusDays(-20),
                new GeoPosition(31.25, 121.4737, 30), new FenceVerdict(FenceRefusal.OutsideFence, 2200)));
            db.Refusals.Add(new FenceRefusalLog(Guid.NewGuid(), store.Id, store01, now - Duration.FromMinutes(45), Today,
                FenceRefusalLog.ReportAction, FenceRefusal.DwellTooShort, inside, 11));
            db.Refusals.Add(new FenceRefusalLog(Guid.NewGuid(), store.Id, store01, now - Duration.FromMinutes(55), Today,
                FenceRefusalLog.CheckInAction, FenceRefusal.OutsideFence, new GeoPosition(31.24, 121.4737, 25), 1060));
            db.Exceptions.Add(new FenceException(Guid.NewGuid(), store.Id, Today.PlusDays(-1), "停电，平板无定位", east, now - Duration.FromDays(1)));
            db.Reports.Add(new DailyReport(reportId, store.Id, Today, store01, now - Duration.FromMinutes(30), Guid.NewGuid().ToString("N"),
                DailyReport.InFence, null, Duration.FromMinutes(20)));
            db.Tasks.Add(new StoreTask(Guid.NewGuid(), store.Id, StoreTaskKind.Playbook, "价格异议应对话术", null, null, Guid.NewGuid(),
                now - Duration.FromHours(2), Today.PlusDays(2)));
            db.Flags.Add(new StoreFlag(Guid.NewGuid(), store.Id, "微波炉", "熟食没法加热", Today.PlusDays(-3), Today.PlusDays(-1), east,
                now - Duration.FromHours(3)));
            db.Clusters.Add(new IssueCluster(Guid.NewGuid(), "c" + store.Code, new LocalDate(2026, 11, 16), 17, 15, [store.Id, Guid.NewGuid()],
                east, now - Duration.FromHours(4)));
            await db.SaveChangesAsync();
        });
        return (store, reportId);
    }

    [Fact]
    public async Task Given_a_store_with_every_kind_of_event_When_its_supervisor_opens_the_last_7_days_Then_each_is_listed_newest_first()
    {
        var (store, reportId) = await StoreWithHistoryAsync();
        using var client = await app.SignInAsync("mgr.east", "en");

        var response = await client.GetAsync($"/Stores/List/Detail?id={store.Id}&days=7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await StoreKit.HtmlAsync(response);
        Assert.Equal(["report", "refusal", "checkin", "refusal", "task", "flag", "cluster", "exception"], Kinds(html));
        Assert.Contains("You checked in 5 min ago; the report opens after 8 min in the store.", html);
        Assert.Contains("You are 1060 m from the store, outside its 500 m fence.", html);
        Assert.Contains("Inside the fence: 11 m from the store, accuracy 20 m", html);
        Assert.Contains($"href=\"/Stores/Reports/Detail?id={reportId}\"", html);
        Assert.Contains("Same customer question \"熟食没法加热\"", html);
        Assert.Contains("17 reports in the week of 2026-11-16", html);
        Assert.Contains("停电，平板无定位", html);
    }

    [Fact]
    public async Task Given_an_older_check_in_When_the_window_widens_to_30_days_Then_it_appears_outside_the_fence()
    {
        var (store, _) = await StoreWithHistoryAsync();
        using var client = await app.SignInAsync("store01", "zh-CN");

        var week = await StoreKit.HtmlAsync(await client.GetAsync($"/Stores/List/Detail?id={store.Id}&days=7"));
        var month = await StoreKit.HtmlAsync(await client.GetAsync($"/Stores/List/Detail?id={store.Id}&days=30"));

        Assert.Equal(1, Kinds(week).Count(k => k == "checkin"));
        Assert.Equal(2, Kinds(month).Count(k => k == "checkin"));
        Assert.Equal("checkin", Kinds(month)[^1]);
        Assert.Contains("围栏外：距门店 2200 米", month);
    }

    private static List<string> Kinds(string html) => [.. Kind().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("data-testid=\"timeline-row\" data-kind=\"([a-z]+)\"")]
    private static partial Regex Kind();
}
