using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Hq;

/// <summary>A day counts as expected once it is over or reported: at 9 a.m. a store that reported every past day is at 100 %.</summary>
public sealed class TodayNotYetDueTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    [Fact]
    public async Task Given_reports_on_the_two_past_days_When_today_is_not_reported_yet_and_then_reported_Then_expected_days_follow()
    {
        var (today, storeId) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var day = sp.GetRequiredService<BusinessClock>().Today;
            var store = new Store(Guid.NewGuid(), "TD-001", "今日店", "杭州", "TodayRegion", 30.27, 120.15);
            store.OpenOn(day.PlusDays(-2));
            db.Stores.Add(store);
            db.Reports.Add(Report(store.Id, day.PlusDays(-2)));
            db.Reports.Add(Report(store.Id, day.PlusDays(-1)));
            await db.SaveChangesAsync();
            return (day, store.Id);
        });
        var director = await app.SignInAsync("director", "en");
        var url = $"/Stores/Compliance?handler=Csv&region=TodayRegion&from={today.PlusDays(-2):yyyy-MM-dd}&to={today:yyyy-MM-dd}";

        var before = await director.GetStringAsync(url);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            db.Reports.Add(Report(storeId, today));
            await db.SaveChangesAsync();
        });
        var after = await director.GetStringAsync(url);

        Assert.Contains("TD-001,今日店,TodayRegion,2,2,1", before);
        Assert.Contains("TD-001,今日店,TodayRegion,3,3,1", after);
    }

    private static DailyReport Report(Guid storeId, LocalDate day) =>
        new(Guid.NewGuid(), storeId, day, Guid.NewGuid(), AppFactory.DefaultNow, Guid.NewGuid().ToString("N"), DailyReport.Exception, null, null);
}
