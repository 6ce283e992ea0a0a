using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

public sealed class AuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>Pages reachable without signing in. Adding one here is a security decision: review it.</summary>
    private static readonly HashSet<string> AnonymousPages = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Account/Login", "/Account/AccessDenied", "/Error", "/StatusCode", "/Culture",
    };

    private HttpClient Anonymous() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Every Razor page without required route values, as the routing system knows them.</summary>
    private IReadOnlyList<string> PageUrls()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Where(e => e.RoutePattern.Parameters.All(p => p.IsOptional || p.Default is not null))
            .Select(e => "/" + string.Join("/", e.RoutePattern.PathSegments.Select(s => s.Parts.OfType<Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart>().Single().Content)))
            .Distinct()
            .OrderBy(u => u)
            .ToList();
    }

    [Fact]
    public void Given_the_routing_table_Then_it_lists_the_host_and_every_module_landing_page()
    {
        var urls = PageUrls();

        Assert.Contains("/Account/ChangePassword", urls);
        Assert.Contains("/Notifications", urls);
        foreach (var module in SalesSuite.Host.Web.HostModules.All)
        {
            Assert.Contains("/" + module.Name, urls);
        }
    }

    [Fact]
    public async Task Given_no_sign_in_When_any_page_is_requested_Then_it_redirects_to_the_login_except_the_allow_list()
    {
        var client = Anonymous();
        var open = new List<string>();
        foreach (var url in PageUrls().Where(u => !AnonymousPages.Contains(u)))
        {
            var response = await client.GetAsync(url);
            var location = response.Headers.Location?.OriginalString ?? "";
            if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/Account/Login", StringComparison.Ordinal))
            {
                open.Add($"{url} -> {(int)response.StatusCode} {location}");
            }
        }

        Assert.Empty(open);
    }

    [Fact]
    public async Task Given_no_sign_in_When_the_login_page_is_requested_Then_it_renders()
    {
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync("/Account/Login")).StatusCode);
    }

    [Fact]
    public async Task Given_no_sign_in_When_htmx_asks_for_a_fragment_Then_401_with_HX_Redirect_to_the_login()
    {
        var response = await Anonymous().HtmxGetAsync("/Notifications?handler=Count");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("/Account/Login", Assert.Single(response.Headers.GetValues("HX-Redirect")));
    }

    [Fact]
    public async Task Given_a_salesperson_When_opening_the_Health_module_Then_access_is_denied()
    {
        var client = await factory.SignInAsync("sales01");

        var response = await client.GetAsync("/Health");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("data-testid=\"access-denied\"", await denied.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.HtmxGetAsync("/Health")).StatusCode);
    }
}
