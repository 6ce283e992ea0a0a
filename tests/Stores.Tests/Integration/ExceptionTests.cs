using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;
using static SalesSuite.Stores.Tests.Integration.DayScenario;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>The area supervisor's one-day exception: who may grant, one per store and day, never the past; the refusal log.</summary>
public sealed class ExceptionTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private const string Page = "/Stores/Exceptions";

    private static Dictionary<string, string> Grant(Guid storeId, string day, string reason) => new()
    {
        ["Input.StoreId"] = storeId.ToString(),
        ["Input.Day"] = day,
        ["Input.Reason"] = reason,
    };

    private string Today(int plusDays = 0) =>
        new NodaTime.LocalDate(2026, 11, 23).PlusDays(plusDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Given_the_store_s_supervisor_When_granting_today_Then_it_is_kept_the_managers_are_notified_and_the_day_page_shows_it()
    {
        var storeId = await StoreAsync(app, "EX-OK", ["store01"], supervisor: "mgr.east");
        var east = await SignInAsync(app, "mgr.east");

        var granted = await east.PostFormAsync(Page + "?handler=Grant", Grant(storeId, Today(), "商场停电，定位不可用"), Page);

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var exception = Assert.Single(await DbAsync(app, db => db.Exceptions.Where(e => e.StoreId == storeId).ToListAsync()));
        Assert.Equal(("商场停电，定位不可用", await app.UserIdAsync("mgr.east")), (exception.Reason, exception.GrantedBy));
        var store01 = await app.UserIdAsync("store01");
        var notices = await DbAsync(app, async db => (await db.Outbox.AsNoTracking().Where(m => m.Type.Contains(nameof(NotificationRequested)))
            .ToListAsync()).Select(m => (NotificationRequested)EventSerializer.Deserialize(m.Type, m.Payload))
            .Where(n => n.TextKey == "Exception_Notify" && n.RecipientUserId == store01).ToList());
        Assert.Contains(notices, n => n.Link == $"/Stores/Day?storeId={storeId}");
        var day = await (await SignInAsync(app, "store01")).GetStringAsync($"/Stores/Day?storeId={storeId}");
        Assert.Contains("data-testid=\"day-exception\"", day);
        Assert.Contains("商场停电，定位不可用", day);
        Assert.DoesNotMatch("disabled=\"disabled\"[^>]*data-report-button", day);
        Assert.Contains("商场停电，定位不可用", await east.GetStringAsync(Page));
    }

    [Fact]
    public async Task Given_a_supervisor_of_another_area_When_granting_Then_403_and_nothing_is_kept()
    {
        var storeId = await StoreAsync(app, "EX-AREA", ["store01"], supervisor: "mgr.east");
        var north = await SignInAsync(app, "mgr.north");

        var refused = await north.PostFormAsync(Page + "?handler=Grant", Grant(storeId, Today(), "越区特批"), Page);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await DbAsync(app, db => db.Exceptions.Where(e => e.StoreId == storeId).ToListAsync()));
        Assert.DoesNotContain("EX-AREA", await north.GetStringAsync(Page));
    }

    [Fact]
    public async Task Given_an_exception_for_a_day_When_a_second_is_granted_for_the_same_store_and_day_Then_422_says_so_and_one_is_kept()
    {
        var storeId = await StoreAsync(app, "EX-DUP", ["store01"], supervisor: "mgr.east");
        var east = await SignInAsync(app, "mgr.east", "en");
        await east.PostFormAsync(Page + "?handler=Grant", Grant(storeId, Today(1), "Shop refit"), Page);

        var second = await east.PostFormAsync(Page + "?handler=Grant", Grant(storeId, Today(1), "Again"), Page);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains($"already has an exception on {Today(1)}", await second.Content.ReadAsStringAsync());
        Assert.Equal("Shop refit", Assert.Single(await DbAsync(app, db => db.Exceptions.Where(e => e.StoreId == storeId).ToListAsync())).Reason);
    }

    [Theory]
    [InlineData(-1, "不能为已过去的日期授予特批")]
    [InlineData(0, "请填写原因")]
    public async Task Given_a_past_day_or_no_reason_When_granting_Then_422_with_the_message_and_nothing_is_kept(int plusDays, string expected)
    {
        var storeId = await StoreAsync(app, "EX-BAD" + plusDays, ["store01"], supervisor: "mgr.east");
        var east = await SignInAsync(app, "mgr.east");

        var refused = await east.PostFormAsync(Page + "?handler=Grant", Grant(storeId, Today(plusDays), plusDays < 0 ? "补昨天" : " "), Page);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(expected, await refused.Content.ReadAsStringAsync());
        Assert.Empty(await DbAsync(app, db => db.Exceptions.Where(e => e.StoreId == storeId).ToListAsync()));
    }

    [Fact]
    public async Task Given_a_refused_check_in_When_the_supervisor_opens_the_page_and_its_CSV_Then_who_why_and_how_far_are_listed()
    {
        var storeId = await StoreAsync(app, "EX-LOG", ["store01"], supervisor: "mgr.east");
        await CheckInAsync(await SignInAsync(app, "store01"), storeId, Position(North(2000)));
        var east = await SignInAsync(app, "mgr.east");

        var page = await east.GetStringAsync($"{Page}?storeId={storeId}&days=7");
        var csv = await east.GetStringAsync($"{Page}?handler=RefusalsCsv&storeId={storeId}&days=7");

        Assert.Contains("data-reason=\"OutsideFence\"", page);
        Assert.Contains("在围栏外", page);
        Assert.Contains("EX-LOG", csv);
        Assert.Contains("在围栏外", csv);
        Assert.Matches(",(199\\d|200\\d)(\\.\\d)?,20", csv);
    }

    [Fact]
    public async Task Given_a_store_manager_or_someone_without_Stores_When_opening_the_exceptions_page_Then_403_or_access_denied()
    {
        var store01 = await (await SignInAsync(app, "store01")).GetAsync(Page);
        var sales01 = await (await SignInAsync(app, "sales01")).GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, store01.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sales01.StatusCode);
        Assert.Contains("AccessDenied", sales01.Headers.Location?.ToString());
    }
}
