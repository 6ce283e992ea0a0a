using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Tests.Platform;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Hardening;

public sealed class SignInThrottleTests(ThrottleFactory factory) : IClassFixture<ThrottleFactory>
{
    [Fact]
    public async Task Given_more_sign_in_posts_from_one_address_than_allowed_per_minute_Then_429_with_a_localized_message()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostFormAsync("/Account/Login",
                new() { ["Input.UserName"] = "sales01", ["Input.Password"] = "wrong-password" + i }, "/Account/Login");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await client.PostFormAsync("/Account/Login",
            new() { ["Input.UserName"] = "sales01", ["Input.Password"] = SignedInClient.Password }, "/Account/Login");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(Html.Text("Login_Throttled", "en"), await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }
}

public sealed class SecurityHeadersTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/js/site.js")]
    [InlineData("/healthz")]
    public async Task Given_any_response_Then_it_carries_the_security_headers(string url)
    {
        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("base-uri 'self'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public void Given_the_host_views_Then_none_has_an_inline_script_or_event_handler()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SalesSuite.sln")))
        {
            root = root.Parent;
        }
        Assert.NotNull(root);
        var offenders = Directory.EnumerateFiles(Path.Combine(root.FullName, "Host"), "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+\s*=", RegexOptions.IgnoreCase))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public async Task Given_a_form_post_larger_than_the_default_limit_Then_413_before_the_page_runs()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var big = new string('x', 2 * 1024 * 1024);

        var response = await client.PostAsync("/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = big, ["Input.Password"] = "x" }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

public sealed class ReverseProxyTests
{
    [Fact]
    public async Task Given_no_configured_proxy_Then_forwarded_headers_are_ignored()
    {
        using var factory = new ProductionFactory();

        var response = await ForwardedHttpsAsync(factory);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Given_a_configured_proxy_Then_its_forwarded_proto_makes_the_request_https()
    {
        using var factory = new TrustedProxyFactory();

        var response = await ForwardedHttpsAsync(factory);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>HSTS is sent only on https requests: it shows whether X-Forwarded-Proto was believed.</summary>
    private static async Task<HttpResponseMessage> ForwardedHttpsAsync(AppFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri("http://crm.example.com"),
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        return await client.SendAsync(request);
    }
}

public sealed class HostConfigurationTests(ConfiguredHostFactory factory) : IClassFixture<ConfiguredHostFactory>
{
    [Fact]
    public void Given_PublicBaseUrl_Then_absolute_links_use_it_with_its_path_base()
    {
        var urls = factory.Services.GetRequiredService<IPublicUrls>();

        Assert.Equal("https://crm.example.com/sales/q/abc", urls.Absolute("/q/abc").ToString());
        Assert.Equal("https://crm.example.com/sales/Quotes/Details/1", urls.Absolute("Quotes/Details/1").ToString());
    }

    [Fact]
    public async Task Given_DataProtection_KeysFolder_Then_the_keys_are_stored_there_and_not_in_the_data_folder()
    {
        await factory.SignInAsync("sales01");

        var configured = factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["DataProtection:KeysFolder"]!;
        Assert.NotEmpty(Directory.GetFiles(configured, "key-*.xml"));
        Assert.False(Directory.Exists(Path.Combine(factory.DataFolder, "keys")));
    }
}
