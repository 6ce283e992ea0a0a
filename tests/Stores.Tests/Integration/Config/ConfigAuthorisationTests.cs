using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Stores.Application.Config;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Config;

/// <summary>Only headquarters' configurers (admin, director, marketing) open the configuration pages or post to them.</summary>
public sealed class ConfigAuthorisationTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private static readonly string[] Pages =
    [
        "/Stores/Config/Feedback", "/Stores/Config/Promotions", "/Stores/Config/Promotions/Edit", "/Stores/Config/Products",
        "/Stores/Config/Products/Edit", "/Stores/Config/Settings", "/Stores/Config/Promotions?handler=Csv",
    ];

    private static readonly string[] Posts =
    [
        "/Stores/Config/Feedback?handler=Add", "/Stores/Config/Feedback?handler=Starter", "/Stores/Config/Feedback?handler=Move",
        "/Stores/Config/Promotions/Edit", "/Stores/Config/Products/Edit", "/Stores/Config/Settings",
    ];

    [Theory]
    [InlineData("store01")]
    [InlineData("mgr.east")]
    [InlineData("sales01")]
    public async Task Given_someone_outside_headquarters_configuration_When_they_open_or_post_Then_they_are_refused(string user)
    {
        using var client = await app.SignInAsync(user, "en");
        foreach (var url in Pages)
        {
            var response = await client.GetAsync(url);
            Assert.True(
                response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/Account/AccessDenied") == true,
                $"{user} GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        foreach (var url in Posts)
        {
            var response = await client.HtmxPostAsync(url, new() { ["Input.Code"] = "x", ["Input.Name"] = "x" });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        var landing = await client.GetAsync("/Stores");
        Assert.DoesNotContain("link-config-feedback", await landing.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("director")]
    [InlineData("marketing")]
    public async Task Given_a_headquarters_configurer_When_they_open_each_page_Then_it_renders(string user)
    {
        using var client = await app.SignInAsync(user, "zh-CN");
        foreach (var url in Pages)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} GET {url}: {(int)response.StatusCode}");
        }
        Assert.Contains("link-config-feedback", await client.GetStringAsync("/Stores"));
    }

    [Fact]
    public async Task Given_no_signed_in_configurer_When_a_command_is_called_Then_it_refuses()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.InScopeAsync(sp =>
            sp.GetRequiredService<FeedbackTreeCommands>().LoadStarterTreeAsync(CultureInfo.InvariantCulture, CancellationToken.None)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.InScopeAsync(sp =>
            sp.GetRequiredService<SettingsCommands>().SaveAsync(new SettingsInput { ClusterThreshold = 15 }, CancellationToken.None)));
    }
}
