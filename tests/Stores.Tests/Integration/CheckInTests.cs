using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;
using static SalesSuite.Stores.Tests.Integration.DayScenario;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>Check-in through the day page on real SQLite: the server's verdict, what is kept, what is published, who may.</summary>
public sealed class CheckInTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    [Fact]
    public async Task Given_store01_inside_the_fence_When_checking_in_Then_an_inside_check_in_is_kept_published_and_the_dwell_counts_down()
    {
        var storeId = await StoreAsync(app, "CI-IN", ["store01"]);
        var client = await SignInAsync(app, "store01");

        var answer = await CheckInAsync(client, storeId, Position(North(120)));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"checked-in\"", html);
        Assert.Contains("data-countdown=\"480\"", html);
        var checkIn = Assert.Single(await DbAsync(app, db => db.CheckIns.Where(c => c.StoreId == storeId).ToListAsync()));
        Assert.True(checkIn.Inside);
        Assert.InRange(checkIn.DistanceMeters ?? 0, 115, 125);
        Assert.Equal(await app.UserIdAsync("store01"), checkIn.UserId);
        var published = Assert.Single(await CheckedInEventsAsync(app, storeId));
        Assert.Equal((checkIn.Id, true, "CI-IN", new LocalDate(2026, 11, 23)), (published.CheckInId, published.InsideFence, published.StoreCode,
            published.Day));
        Assert.Empty(await DbAsync(app, db => db.Refusals.Where(r => r.StoreId == storeId).ToListAsync()));
    }

    [Theory]
    [InlineData("zh-CN", "米围栏之外")]
    [InlineData("en", "outside its 500 m fence")]
    public async Task Given_a_position_2_km_away_When_checking_in_Then_422_says_why_in_the_manager_s_language_and_the_refusal_is_logged(
        string culture, string expected)
    {
        var storeId = await StoreAsync(app, "CI-OUT-" + culture, ["store01"]);
        var client = await SignInAsync(app, "store01", culture);

        var answer = await CheckInAsync(client, storeId, Position(North(2000)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains(expected, html);
        Assert.Matches(culture == "en" ? "You are (199\\d|200\\d) m from the store" : "您距离门店 (199\\d|200\\d) 米", html);
        Assert.Contains("data-testid=\"not-checked-in\"", html);
        var refusal = Assert.Single(await DbAsync(app, db => db.Refusals.Where(r => r.StoreId == storeId).ToListAsync()));
        Assert.Equal((FenceRefusalLog.CheckInAction, FenceRefusal.OutsideFence), (refusal.Action, refusal.Reason));
        Assert.InRange(refusal.DistanceMeters ?? 0, 1990, 2010);
        Assert.Equal((double?)20, refusal.AccuracyMeters);
        var checkIn = Assert.Single(await DbAsync(app, db => db.CheckIns.Where(c => c.StoreId == storeId).ToListAsync()));
        Assert.False(checkIn.Inside);
        Assert.False(Assert.Single(await CheckedInEventsAsync(app, storeId)).InsideFence);
    }

    [Fact]
    public async Task Given_accuracy_worse_than_the_radius_When_checking_in_Then_422_names_both_numbers_and_the_refusal_is_logged()
    {
        var storeId = await StoreAsync(app, "CI-ACC", ["store01"]);
        var client = await SignInAsync(app, "store01", "en");

        var answer = await CheckInAsync(client, storeId, Position(North(10), accuracy: 800));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains("accurate only to 800 m, more than the store&#x27;s 500 m fence", await answer.Content.ReadAsStringAsync());
        var refusal = Assert.Single(await DbAsync(app, db => db.Refusals.Where(r => r.StoreId == storeId).ToListAsync()));
        Assert.Equal(FenceRefusal.PoorAccuracy, refusal.Reason);
    }

    [Fact]
    public async Task Given_the_browser_denied_the_position_When_checking_in_Then_422_no_position_is_logged_and_no_check_in_is_kept()
    {
        var storeId = await StoreAsync(app, "CI-NOPOS", ["store01"]);
        var client = await SignInAsync(app, "store01");

        var answer = await CheckInAsync(client, storeId, new() { ["GeoError"] = "1" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains("请允许定位权限后重试", await answer.Content.ReadAsStringAsync());
        var refusal = Assert.Single(await DbAsync(app, db => db.Refusals.Where(r => r.StoreId == storeId).ToListAsync()));
        Assert.Equal((FenceRefusal.NoPosition, (double?)null), (refusal.Reason, refusal.DistanceMeters));
        Assert.Empty(await DbAsync(app, db => db.CheckIns.Where(c => c.StoreId == storeId).ToListAsync()));
    }

    [Fact]
    public async Task Given_a_store_run_by_someone_else_When_store01_checks_in_or_opens_its_day_Then_403_and_404_and_nothing_is_kept()
    {
        var storeId = await StoreAsync(app, "CI-OTHER", ["sales01"]);
        var client = await SignInAsync(app, "store01");

        var checkIn = await CheckInAsync(client, storeId, Position(North(10)), tokenFrom: "/Stores/Day");
        var day = await client.GetAsync($"/Stores/Day?storeId={storeId}");

        Assert.Equal(HttpStatusCode.Forbidden, checkIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, day.StatusCode);
        Assert.Empty(await DbAsync(app, db => db.CheckIns.Where(c => c.StoreId == storeId).ToListAsync()));
        Assert.Empty(await CheckedInEventsAsync(app, storeId));
    }

    [Fact]
    public async Task Given_an_inside_check_in_When_the_minimum_dwell_passes_Then_the_report_button_is_enabled_without_a_countdown()
    {
        var storeId = await StoreAsync(app, "CI-DWELL", ["store01"]);
        var client = await SignInAsync(app, "store01");
        await CheckInAsync(client, storeId, Position(North(50)));
        var before = await client.GetStringAsync($"/Stores/Day?storeId={storeId}");

        app.Clock.Advance(Duration.FromMinutes(8));
        var after = await client.GetStringAsync($"/Stores/Day?storeId={storeId}");

        Assert.Matches("data-countdown=\"4[0-8]\\d\"", before);
        Assert.Matches("disabled=\"disabled\"[^>]*data-report-button", before);
        Assert.DoesNotContain("data-countdown=", after);
        Assert.DoesNotMatch("disabled=\"disabled\"[^>]*data-report-button", after);
        Assert.Contains($"/Stores/Report\"", after);
    }

    [Fact]
    public async Task Given_a_pushed_playbook_When_store01_marks_it_done_twice_Then_it_is_done_once_and_headquarters_cannot()
    {
        var storeId = await StoreAsync(app, "CI-TASK", ["store01"]);
        var task = new StoreTask(Guid.NewGuid(), storeId, StoreTaskKind.Playbook, "价格异议应对话术", "先问预算，再讲会员价。",
            "/Stores/Day", null, app.Clock.GetCurrentInstant(), null);
        await DbAsync(app, async db =>
        {
            db.Tasks.Add(task);
            return await db.SaveChangesAsync();
        });
        var client = await SignInAsync(app, "store01");
        var page = await client.GetStringAsync($"/Stores/Day?storeId={storeId}");
        Assert.Contains("价格异议应对话术", page);
        var url = $"/Stores/Day?handler=TaskDone&storeId={storeId}";
        var fields = new Dictionary<string, string> { ["taskId"] = task.Id.ToString() };

        var first = await client.HtmxPostAsync(url, fields, $"/Stores/Day?storeId={storeId}");
        var doneAt = (await DbAsync(app, db => db.Tasks.AsNoTracking().SingleAsync(t => t.Id == task.Id))).DoneAt;
        app.Clock.Advance(Duration.FromMinutes(1));
        var second = await client.HtmxPostAsync(url, fields, $"/Stores/Day?storeId={storeId}");
        var director = await SignInAsync(app, "director");
        var stranger = await director.HtmxPostAsync(url, fields, "/Stores");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Contains("store-task-done", await first.Content.ReadAsStringAsync());
        Assert.NotNull(doneAt);
        Assert.Equal(doneAt, (await DbAsync(app, db => db.Tasks.AsNoTracking().SingleAsync(t => t.Id == task.Id))).DoneAt);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.DoesNotContain("价格异议应对话术", await client.GetStringAsync($"/Stores/Day?storeId={storeId}"));
    }
}
