using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SalesSuite.Host.Tests.Platform;
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
