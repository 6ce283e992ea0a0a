using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Hq;

/// <summary>
/// The execution report is computed once per change stamp, business date, viewer scope and filters: the same request
/// again is served from the cache, a new daily report shows at once, and a supervisor never gets headquarters' report.
/// </summary>
public sealed class ExecutionCacheTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    [Fact]
    public async Task Given_a_cached_report_When_a_daily_report_comes_in_Then_it_shows_at_once_and_a_supervisor_sees_only_their_stores()
    {
        var (region, east, north, promotion) = await SeedAsync();
        var url = $"/Stores/Execution?region={region}&from=2026-11-16&to=2026-11-20";
        var cache = app.Services.GetRequiredService<StampedCache<StoresModule>>();
        using var director = await app.SignInAsync("director", "en");
        using var supervisor = await app.SignInAsync("mgr.east", "en");

        var first = await director.GetStringAsync(url);
        var computed = cache.Computed;
        var again = await director.GetStringAsync(url);
        var servedFromCache = cache.Computed == computed;
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            db.Reports.Add(Report(east, 17, promotion));
            await db.SaveChangesAsync();
        });
        var after = await director.GetStringAsync(url);
        var theirs = await supervisor.GetStringAsync(url);

        // East reported the 16th (executed): 5 due, 1 executed, 4 not reported; North never reported.
        Assert.Equal((5, 1, 4), Row(first, east.ToString()));
        Assert.Equal((5, 0, 5), Row(first, north.ToString()));
        Assert.True(servedFromCache);
        // The page itself differs (a fresh antiforgery token per response); the report in it does not.
        Assert.Equal(Row(first, east.ToString()), Row(again, east.ToString()));
        Assert.Equal(Row(first, north.ToString()), Row(again, north.ToString()));
        Assert.Equal((5, 2, 3), Row(after, east.ToString()));
        Assert.Equal((5, 2, 3), Row(theirs, east.ToString()));
        Assert.DoesNotContain(north.ToString(), theirs);
        Assert.Matches("data-testid=\"execution-total\" data-due=\"5\" data-executed=\"2\" data-notreported=\"3\"", theirs);
    }

    private async Task<(string Region, Guid East, Guid North, Guid Promotion)> SeedAsync()
    {
        var region = "Cache" + Guid.NewGuid().ToString("N")[..6];
        var eastManager = await app.UserIdAsync("mgr.east");
        var northManager = await app.UserIdAsync("mgr.north");
        return await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var east = Store(region + "E", region, eastManager);
            var north = Store(region + "N", region, northManager);
            var promotion = new Promotion(Guid.NewGuid(), region + "P", "Cache week", "gift", new LocalDate(2026, 11, 16),
                new LocalDate(2026, 11, 20), region);
            db.Stores.AddRange(east, north);
            db.Promotions.Add(promotion);
            db.Reports.Add(Report(east.Id, 16, promotion.Id));
            await db.SaveChangesAsync();
            return (region, east.Id, north.Id, promotion.Id);
        });
    }

    private static Store Store(string code, string region, Guid supervisor)
    {
        var store = new Store(Guid.NewGuid(), code, code + " store", "Road 1", region, 31.2, 121.4);
        store.AssignPeople(supervisor, []);
        store.OpenOn(new LocalDate(2026, 11, 1));
        return store;
    }

    private static DailyReport Report(Guid storeId, int day, Guid promotionId)
    {
        var date = new LocalDate(2026, 11, day);
        var report = new DailyReport(Guid.NewGuid(), storeId, date, Guid.NewGuid(), Instant.FromUtc(2026, 11, day, 3, 0),
            Guid.NewGuid().ToString("N"), DailyReport.InFence, null, Duration.FromMinutes(12));
        report.Add(new PromotionExecution(Guid.NewGuid(), report.Id, storeId, date, promotionId, true, Guid.NewGuid()));
        return report;
    }

    private static (int Due, int Executed, int NotReported) Row(string html, string key)
    {
        var m = RowPattern(Regex.Escape(key)).Match(html);
        Assert.True(m.Success, "no row for " + key);
        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
    }

    private static Regex RowPattern(string key) =>
        new($"data-key=\"{key}\" data-due=\"(\\d+)\" data-executed=\"(\\d+)\" data-notreported=\"(\\d+)\"");
}
