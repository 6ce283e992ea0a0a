using System.Net;
using Microsoft.AspNetCore.Hosting;
using SalesSuite.Testing;

namespace SalesSuite.Quotes.Tests.Integration;

public sealed class RateLimitedAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Quotes:TickerEnabled", "false");
        builder.UseSetting("Quotes:PublicPermitsPerMinute", "3");
    }
}

public sealed class RateLimitTests(RateLimitedAppFactory factory) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task Given_more_public_requests_than_allowed_per_minute_Then_the_rest_get_429()
    {
        var client = factory.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await client.GetAsync("/q/guessing-tokens")).StatusCode);
        }
        var (notFound, tooMany) = (HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests);
        Assert.Equal([notFound, notFound, notFound, tooMany, tooMany], codes);
    }
}
