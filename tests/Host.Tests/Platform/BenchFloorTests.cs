using System.Net;
using SalesSuite.Host.Tests.Hardening;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>The benchmark's floor page (bench/run.sh) exists only on a host that turns it on.</summary>
public sealed class BenchFloorTests(AppFactory factory, BenchFloorTests.FloorOnFactory floorOn)
    : IClassFixture<AppFactory>, IClassFixture<BenchFloorTests.FloorOnFactory>
{
    [Fact]
    public async Task Given_the_default_settings_When_a_signed_in_user_opens_the_floor_page_Then_404()
    {
        var client = await factory.SignInAsync("director", "en");

        var response = await client.GetAsync("/Bench/Floor");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Given_Bench_FloorPage_on_When_a_signed_in_user_opens_the_floor_page_Then_200_with_the_layout()
    {
        var client = await floorOn.SignInAsync("director", "en");

        var response = await client.GetAsync("/Bench/Floor");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await Html.ReadAsync(response);
        Assert.Contains("data-testid=\"bench-floor\"", html);
        Assert.Contains(Html.Text("Bench_Floor_Title", "en"), html);
        Assert.Contains("data-testid=\"bell\"", html);
        Assert.Contains("data-testid=\"user-menu\"", html);
    }

    [Fact]
    public async Task Given_Bench_FloorPage_on_When_nobody_is_signed_in_Then_the_floor_page_sends_to_sign_in()
    {
        var client = floorOn.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/Bench/Floor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    public sealed class FloorOnFactory() : EnvironmentFactory("Testing", ("Bench:FloorPage", "true"));
}
