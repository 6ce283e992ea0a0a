using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

public sealed class SmokeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_a_fresh_database_When_readyz_is_called_Then_every_module_database_answers()
    {
        var response = await factory.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_a_running_host_When_healthz_is_called_Then_it_answers_without_signing_in()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/Leads")]
    [InlineData("/Quotes")]
    [InlineData("/Collections")]
    [InlineData("/Stores")]
    [InlineData("/Goals")]
    [InlineData("/Health")]
    public async Task Given_the_director_When_opening_a_module_landing_page_Then_it_renders_in_the_layout(string path)
    {
        var client = await factory.SignInAsync("director");
        var html = await client.GetStringAsync(path);
        Assert.Contains("data-testid=\"module-landing\"", html);
        Assert.Contains("id=\"main-nav\"", html);
    }
}
