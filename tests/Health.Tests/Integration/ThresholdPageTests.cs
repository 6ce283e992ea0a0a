using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Health.Data;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>The director edits thresholds (logged), a stale form is refused (409), bad values are refused (422), others get 403.</summary>
public sealed class ThresholdPageTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    private const string Url = "/Health/Settings/Thresholds";

    private static Dictionary<string, string> Form(string code, string green, string red, int version) => new()
    {
        ["Input.Code"] = code, ["Input.Green"] = green, ["Input.Red"] = red, ["Input.Version"] = version.ToString(),
    };

    [Fact]
    public async Task Given_the_director_When_they_change_a_threshold_Then_the_page_judges_by_it_and_a_stale_form_is_refused()
    {
        var sales = await app.UserIdAsync("sales07");
        var lead = Guid.NewGuid();
        await app.ConsumeAsync(Events.LeadCreated(lead, occurredAt: AppFactory.DefaultNow - Duration.FromDays(3)));
        await app.ConsumeAsync(Events.LeadAssigned(lead, sales, occurredAt: AppFactory.DefaultNow - Duration.FromDays(3)));
        await app.ConsumeAsync(Events.FollowUpLogged(sales, leadId: lead,
            occurredAt: AppFactory.DefaultNow - Duration.FromDays(3) + Duration.FromHours(3)));
        var client = await app.SignInAsync("director", "en");
        var personUrl = $"/Health/Indicators/Person?userId={sales}";
        Assert.Contains("data-rag=\"Red\">0%", HealthModelPageTests.Section(await client.GetStringAsync(personUrl), "first-touch"));

        var saved = await client.PostFormAsync(Url, Form("first-touch", "0", "0", 0), Url);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("data-rag=\"Green\">0%", HealthModelPageTests.Section(await client.GetStringAsync(personUrl), "first-touch"));
        var page = await client.GetStringAsync(Url);
        Assert.Contains("data-testid=\"overridden\"", HealthModelPageTests.Section(page, "first-touch"));
        await app.InScopeAsync(async sp =>
            Assert.Contains(await sp.GetRequiredService<HealthDbContext>().OperationLog.AsNoTracking().Select(o => o.Operation).ToListAsync(),
                o => o == "Threshold.Change"));

        var stale = await client.PostFormAsync(Url, Form("first-touch", "50", "40", 0), Url);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("data-testid=\"stale\"", await stale.Content.ReadAsStringAsync());

        var reset = await client.PostFormAsync($"{Url}?handler=Reset&code=first-touch&version=1", [], Url);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("data-rag=\"Red\">0%", HealthModelPageTests.Section(await client.GetStringAsync(personUrl), "first-touch"));
        Assert.DoesNotContain("data-testid=\"overridden\"", HealthModelPageTests.Section(await client.GetStringAsync(Url), "first-touch"));
    }

    [Theory]
    [InlineData("quote-feedback", "50", "70", "The green target must not be below the red alarm threshold.")]
    [InlineData("cross-dept-response", "9", "8", "The green target must not be above the red alarm threshold.")]
    [InlineData("need-waiting", "120", "130", "Enter thresholds between 0 and 100.")]
    [InlineData("need-waiting", "", "10", "Enter a number.")]
    public async Task Given_inconsistent_thresholds_When_the_director_saves_Then_they_are_refused_next_to_the_row(string code, string green,
        string red, string message)
    {
        var client = await app.SignInAsync("director", "en");

        var response = await client.PostFormAsync(Url, Form(code, green, red, 0), Url);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var row = HealthModelPageTests.Section(await response.Content.ReadAsStringAsync(), code);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), row);
        var stored = await client.GetStringAsync(Url);
        Assert.DoesNotContain("data-testid=\"overridden\"", HealthModelPageTests.Section(stored, code));
    }

    [Theory]
    [InlineData("mgr.east")]
    [InlineData("gm")]
    public async Task Given_someone_other_than_director_or_admin_When_they_open_or_post_thresholds_Then_it_is_forbidden(string user)
    {
        var client = await app.SignInAsync(user, "en");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Url)).StatusCode);
        var post = await client.PostFormAsync(Url, Form("first-touch", "0", "0", 0));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Given_a_salesperson_When_they_open_thresholds_Then_the_health_area_sends_them_to_access_denied()
    {
        var client = await app.SignInAsync("sales01", "en");

        var response = await client.GetAsync(Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.HtmxGetAsync(Url)).StatusCode);
    }

    [Fact]
    public async Task Given_the_admin_When_they_open_thresholds_Then_every_indicator_has_a_row_with_its_default()
    {
        var client = await app.SignInAsync("admin", "en");

        var html = await client.GetStringAsync(Url);

        Assert.Equal(9, html.Split("data-testid=\"threshold\"").Length - 1);
        Assert.Contains("Default: target", html);
        Assert.Contains("alarm below 80%", html);
    }
}
