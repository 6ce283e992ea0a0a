using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>Health's card on the home page comes through the host's extension point, for Health's managers only.</summary>
public sealed class HomePanelTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    [Theory]
    [InlineData("director")]
    [InlineData("gm")]
    [InlineData("mgr.north")]
    [InlineData("admin")]
    public async Task Given_a_health_manager_When_they_open_the_home_page_Then_the_health_card_loads_its_panel(string user)
    {
        using var client = await app.SignInAsync(user, "en");

        var home = await client.GetStringAsync("/");

        Assert.Contains("data-testid=\"home-panel\" data-module=\"Health\"", home, StringComparison.Ordinal);
        Assert.Contains("hx-get=\"/Health/Home/Panel\"", home, StringComparison.Ordinal);
        var panel = await client.HtmxGetAsync("/Health/Home/Panel");
        Assert.Equal(HttpStatusCode.OK, panel.StatusCode);
        var html = await panel.Content.ReadAsStringAsync();
        Assert.StartsWith("<div data-testid=\"health-home-panel\">", html.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("href=\"/Health\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_events_received_When_the_panel_refreshes_Then_it_counts_them()
    {
        using var director = await app.SignInAsync("director", "en");
        static int Count(string html)
        {
            const string marker = "data-testid=\"health-home-events\">";
            var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
            return int.Parse(html[start..html.IndexOf('<', start)], System.Globalization.CultureInfo.InvariantCulture);
        }
        var before = Count(await (await director.HtmxGetAsync("/Health/Home/Panel")).Content.ReadAsStringAsync());

        await app.ConsumeAsync(Events.LeadCreated());

        Assert.Equal(before + 1, Count(await (await director.HtmxGetAsync("/Health/Home/Panel")).Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("sales01")]
    [InlineData("finance")]
    public async Task Given_someone_outside_health_When_they_open_the_home_page_Then_there_is_no_health_card_and_the_panel_is_refused(string user)
    {
        using var client = await app.SignInAsync(user, "en");

        Assert.DoesNotContain("data-module=\"Health\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.HtmxGetAsync("/Health/Home/Panel")).StatusCode);
    }
}
