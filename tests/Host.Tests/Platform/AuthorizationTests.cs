using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

public sealed class AuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>Route templates of pages reachable without signing in. Adding one here is a security decision: review it.</summary>
    private static readonly HashSet<string> AnonymousPages = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Account/Login", "/Account/AccessDenied", "/Error", "/StatusCode", "/Culture",
        "/q/{token}", // Quotes: a customer's public quote link (unguessable token, rate-limited)
    };

    private HttpClient Anonymous() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Endpoints reachable without signing in that are not pages.</summary>
    private static readonly HashSet<string> AnonymousEndpoints = new(StringComparer.OrdinalIgnoreCase)
    {
        "/healthz", "/readyz",
        "/q/{token}/qr.png", "/q/{token}/qr.svg", // Quotes: QR images of the public quote link
    };

    /// <summary>Every Razor page as a URL: route parameters get a sample value (auth runs before any lookup).</summary>
    private IReadOnlyList<string> PageUrls(ISet<string>? except = null) => Urls(pages: true, except);

    /// <summary>Every GET endpoint that is not a page (modules' MapEndpoints, health).</summary>
    private IReadOnlyList<string> OtherGetUrls(ISet<string>? except = null) => Urls(pages: false, except);

    private IReadOnlyList<string> Urls(bool pages, ISet<string>? except)
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .Where(e => (e.Metadata.GetMetadata<PageActionDescriptor>() is not null) == pages)
            .Where(e => pages
                || e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>() is not { } m
                || m.HttpMethods.Contains("GET"))
            .Where(e => except is null || !except.Contains("/" + (e.RoutePattern.RawText ?? "").TrimStart('/')))
            .Select(e => Url(e.RoutePattern))
            .OfType<string>()
            .Distinct()
            .OrderBy(u => u)
            .ToList();
    }

    private static string? Url(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal:
                        text += literal.Content;
                        break;
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { IsOptional: true } or
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Default: not null }:
                        break;
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { IsCatchAll: true }:
                        text += "sample";
                        break;
                    case Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter:
                        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
                        text += constraints.Any(c => c is "int" or "long" or "decimal" or "double" or "float") ? "1"
                            : constraints.Contains("bool") ? "true"
                            : Guid.Empty.ToString();
                        break;
                    default:
                        return null;
                }
            }
            if (text.Length > 0)
            {
                segments.Add(text);
            }
        }
        return "/" + string.Join("/", segments);
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
        foreach (var url in PageUrls(except: AnonymousPages))
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
    public async Task Given_no_sign_in_When_any_other_GET_endpoint_is_called_Then_it_is_refused_except_the_allow_list()
    {
        var client = Anonymous();
        var open = new List<string>();
        foreach (var url in OtherGetUrls(except: AnonymousEndpoints))
        {
            var response = await client.GetAsync(url);
            var refused = response.StatusCode is HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/Login") == true);
            if (!refused)
            {
                open.Add($"{url} -> {(int)response.StatusCode}");
            }
        }

        Assert.Empty(open);
        Assert.Contains("/healthz", OtherGetUrls());
        Assert.Contains("/readyz", OtherGetUrls());
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
