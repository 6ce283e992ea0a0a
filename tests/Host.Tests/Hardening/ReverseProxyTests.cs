using Microsoft.AspNetCore.Mvc.Testing;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Hardening;

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
