using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Hardening;

public sealed class SessionLifetimeTests(SessionClockFactory factory) : IClassFixture<SessionClockFactory>
{
    [Fact]
    public async Task Given_no_activity_for_longer_than_the_idle_timeout_Then_the_next_page_asks_to_sign_in()
    {
        var client = await factory.SignInAsync("sales01");

        factory.Time.Advance(TimeSpan.FromMinutes(31));

        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task Given_activity_within_the_idle_timeout_Then_the_session_slides_on()
    {
        var client = await factory.SignInAsync("sales02");

        factory.Time.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Given_only_bell_polls_Then_they_do_not_renew_the_session_and_it_ends_after_the_idle_timeout()
    {
        var client = await factory.SignInAsync("sales03");

        factory.Time.Advance(TimeSpan.FromMinutes(20));
        using var poll = new HttpRequestMessage(HttpMethod.Get, "/Notifications?handler=Count");
        poll.Headers.Add("HX-Request", "true");
        poll.Headers.Add("X-Poll", "1");
        var polled = await client.SendAsync(poll);
        Assert.Equal(HttpStatusCode.OK, polled.StatusCode);
        var cookies = polled.Headers.TryGetValues("Set-Cookie", out var set) ? set : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith("SalesSuite.Auth", StringComparison.Ordinal));
        factory.Time.Advance(TimeSpan.FromMinutes(15));

        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task Given_constant_activity_Then_the_session_still_ends_after_the_absolute_lifetime()
    {
        var client = await factory.SignInAsync("sales04");
        for (var i = 0; i < 6; i++)
        {
            factory.Time.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }

        factory.Time.Advance(TimeSpan.FromMinutes(20));

        await AssertSignedOutAsync(client);
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString);
    }
}
