using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

public sealed class PlanTests(PlansAppFactory app) : IClassFixture<PlansAppFactory>
{
    private const string Week = "2026-W48";
    private static readonly Guid KeyVisit = DefaultActionTypes.IdOf(KeyActionType.KeyVisit);

    private static Task<HttpResponseMessage> GenerateAsync(HttpClient client, Guid userId, int? version = null) =>
        client.HtmxPostAsync($"/Goals/Plans?handler=Generate&userId={userId}&week={Week}",
            version is null ? [] : new() { ["version"] = version.Value.ToString() }, "/Goals/Plans");

    private Task<WeeklyPlan> PlanAsync(Guid userId) =>
        app.GoalsAsync(db => db.Plans.AsNoTracking().Include(p => p.Items).SingleAsync(p => p.UserId == userId));

    [Fact]
    public async Task Given_a_key_customer_When_sales01_generates_the_week_Then_the_template_is_planned_and_a_second_generate_is_refused()
    {
        var sales = await app.UserIdAsync("sales01");
        var customer = await app.KeyCustomerAsync(sales, "杭州市第一人民医院");
        var client = await app.SignInAsync("sales01", "en");

        var first = await GenerateAsync(client, sales);
        var again = await GenerateAsync(client, sales);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var plan = await PlanAsync(sales);
        Assert.Equal(new NodaTime.LocalDate(2026, 11, 23), plan.WeekStart);
        Assert.Equal(10, plan.Items.Count);
        Assert.All(plan.Items.Where(i => i.ActionTypeId == KeyVisit), i => Assert.Equal(customer, i.CustomerId));
        Assert.Equal(3, plan.Items.Count(i => i.ActionTypeId == KeyVisit));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("already has a plan", await again.Content.ReadAsStringAsync());
        Assert.Equal(10, (await PlanAsync(sales)).Items.Count);
    }

    [Fact]
    public async Task Given_a_plan_shown_at_an_older_version_When_an_item_is_removed_Then_409_and_nothing_changes()
    {
        var sales = await app.UserIdAsync("sales03");
        var client = await app.SignInAsync("sales03", "en");
        await GenerateAsync(client, sales);
        var plan = await PlanAsync(sales);
        var item = plan.Items[0];
        string Url(string handler) => $"/Goals/Plans?handler={handler}&userId={sales}&week={Week}";

        var moved = await client.HtmxPostAsync(Url("Move"),
            new() { ["planId"] = plan.Id.ToString(), ["itemId"] = item.Id.ToString(), ["day"] = "2026-11-27", ["version"] = plan.Version.ToString() },
            "/Goals/Plans");
        var stale = await client.HtmxPostAsync(Url("Remove"),
            new() { ["planId"] = plan.Id.ToString(), ["itemId"] = item.Id.ToString(), ["version"] = plan.Version.ToString() }, "/Goals/Plans");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var after = await PlanAsync(sales);
        Assert.Equal(10, after.Items.Count);
        Assert.Equal(new NodaTime.LocalDate(2026, 11, 27), after.Items.Single(i => i.Id == item.Id).Day);
        Assert.Equal(plan.Version + 1, after.Version);
    }

    [Fact]
    public async Task Given_a_planned_key_visit_When_the_follow_up_is_logged_Then_the_item_is_done_on_the_grid_and_today()
    {
        var sales = await app.UserIdAsync("sales04");
        var customer = await app.KeyCustomerAsync(sales, "宁波市妇儿医院");
        var client = await app.SignInAsync("sales04", "en");
        var add = await client.HtmxPostAsync($"/Goals/Plans?handler=Add&userId={sales}&week={Week}",
            new()
            {
                ["version"] = "0", ["Input.Day"] = "2026-11-23", ["Input.ActionTypeId"] = KeyVisit.ToString(),
                ["Input.CustomerId"] = customer.ToString(), ["Input.ProductLine"] = "骨科", ["Input.Note"] = "带样品",
            }, "/Goals/Plans");
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        var before = await client.GetStringAsync("/Goals/Plans/Today");
        Assert.Contains("data-planned=\"1\" data-done=\"0\"", before);

        await app.ConsumeAsync(Events.FollowUpLogged(sales, customerId: Guid.NewGuid()));
        Assert.Contains("data-done=\"0\"", await client.GetStringAsync("/Goals/Plans/Today"));
        await app.ConsumeAsync(Events.FollowUpLogged(sales, customerId: customer));

        var today = await client.GetStringAsync("/Goals/Plans/Today");
        Assert.Contains("data-planned=\"1\" data-done=\"1\"", today);
        Assert.Contains($"/Leads/Customers/Detail/{customer}", today);
        var grid = await client.GetStringAsync($"/Goals/Plans?week={Week}");
        Assert.Contains("data-testid=\"plans-chip-done\"", grid);
    }

    [Fact]
    public async Task Given_sales01_When_opening_or_generating_sales02s_plan_Then_404_and_mgr_east_may_edit_sales01s()
    {
        var sales01 = await app.UserIdAsync("sales01");
        var sales02 = await app.UserIdAsync("sales02");
        var client = await app.SignInAsync("sales01", "en");

        var look = await client.GetAsync($"/Goals/Plans?userId={sales02}&week={Week}");
        var generate = await GenerateAsync(client, sales02);

        Assert.Equal(HttpStatusCode.NotFound, look.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, generate.StatusCode);
        Assert.False(await app.GoalsAsync(db => db.Plans.AnyAsync(p => p.UserId == sales02)));

        var manager = await app.SignInAsync("mgr.east", "en");
        var add = await manager.HtmxPostAsync($"/Goals/Plans?handler=Add&userId={sales01}&week=2026-W49",
            new() { ["version"] = "0", ["Input.Day"] = "2026-12-01", ["Input.ActionTypeId"] = KeyVisit.ToString() }, "/Goals/Plans");
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.True(await app.GoalsAsync(db => db.PlanItems.AnyAsync(i => i.UserId == sales01 && i.Day == new NodaTime.LocalDate(2026, 12, 1))));
        var team = await manager.GetStringAsync("/Goals/Plans/Team?week=2026-W49");
        Assert.Contains($"data-user=\"{sales01}\" data-planned=\"1\" data-done=\"0\"", team);
        Assert.DoesNotContain($"data-user=\"{await app.UserIdAsync("sales05")}\"", team);

        var store = await app.SignInAsync("store01", "en");
        var refused = await store.GetAsync("/Goals/Plans");
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Given_an_unknown_day_or_a_too_long_note_When_adding_Then_422_and_nothing_saved()
    {
        var sales = await app.UserIdAsync("sales06");
        var client = await app.SignInAsync("sales06", "en");
        var outside = await client.HtmxPostAsync($"/Goals/Plans?handler=Add&userId={sales}&week={Week}",
            new() { ["version"] = "0", ["Input.Day"] = "2026-12-09", ["Input.ActionTypeId"] = KeyVisit.ToString() }, "/Goals/Plans");
        var longNote = await client.HtmxPostAsync($"/Goals/Plans?handler=Add&userId={sales}&week={Week}",
            new()
            {
                ["version"] = "0", ["Input.Day"] = "2026-11-24", ["Input.ActionTypeId"] = KeyVisit.ToString(), ["Input.Note"] = new string('x', 201),
            },
            "/Goals/Plans");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, longNote.StatusCode);
        Assert.Contains("at most 200", await longNote.Content.ReadAsStringAsync());
        Assert.False(await app.GoalsAsync(db => db.PlanItems.AnyAsync(i => i.UserId == sales)));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Given_a_salesperson_When_opening_the_plan_pages_Then_each_answers_200(string culture)
    {
        var client = await app.SignInAsync("sales07", culture);
        string[] urls = ["/Goals/Plans", $"/Goals/Plans?week={Week}", "/Goals/Plans/Today", "/Goals/Plans/Team", "/Goals/Plans/Team?handler=Csv"];
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }
        Assert.Contains(culture == "en" ? "Weekly plan" : "周计划", await client.GetStringAsync("/Goals/Plans"));
    }

    [Fact]
    public async Task Given_the_add_item_list_When_a_salesperson_or_a_manager_plans_Then_only_the_manager_is_offered_coaching()
    {
        var coaching = DefaultActionTypes.IdOf(KeyActionType.Coaching).ToString();
        var sales = await app.SignInAsync("sales06", "en");
        var manager = await app.SignInAsync("mgr.north", "en");

        var salesBoard = await sales.GetStringAsync($"/Goals/Plans?week={Week}");
        var managerBoard = await manager.GetStringAsync($"/Goals/Plans?week={Week}");

        Assert.Contains(DefaultActionTypes.IdOf(KeyActionType.KeyVisit).ToString(), salesBoard, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(coaching, salesBoard, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(coaching, managerBoard, StringComparison.OrdinalIgnoreCase);
    }
}
