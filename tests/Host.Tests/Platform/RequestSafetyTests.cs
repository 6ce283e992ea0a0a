using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

public sealed class RequestSafetyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private HttpClient Anonymous() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Given_a_foreign_return_url_When_signing_in_Then_the_user_lands_on_the_home_page()
    {
        var response = await Anonymous().PostFormAsync("/Account/Login", new()
        {
            ["Input.UserName"] = "sales01",
            ["Input.Password"] = SignedInClient.Password,
            ["ReturnUrl"] = "https://evil.example/phish",
        }, "/Account/Login");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Given_a_local_return_url_When_signing_in_Then_the_user_goes_back_there()
    {
        var response = await Anonymous().PostFormAsync("/Account/Login", new()
        {
            ["Input.UserName"] = "sales01",
            ["Input.Password"] = SignedInClient.Password,
            ["ReturnUrl"] = "/Notifications",
        }, "/Account/Login");

        Assert.Equal("/Notifications", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Given_a_post_without_antiforgery_token_When_sent_as_form_or_htmx_Then_400_and_nothing_changes()
    {
        var client = await factory.SignInAsync("sales01");
        await factory.PublishNotificationAsync(await factory.UserIdAsync("sales01"));
        await factory.DrainOutboxesAsync();

        var form = await client.PostAsync("/Notifications?handler=ReadAll", new FormUrlEncodedContent([]));
        using var htmx = new HttpRequestMessage(HttpMethod.Post, "/Notifications?handler=ReadAll") { Content = new FormUrlEncodedContent([]) };
        htmx.Headers.Add("HX-Request", "true");
        var htmxResponse = await client.SendAsync(htmx);

        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, htmxResponse.StatusCode);
        var unread = await factory.InScopeAsync(async sp =>
        {
            var me = await factory.UserIdAsync("sales01");
            return await sp.GetRequiredService<HostDbContext>().Notifications.CountAsync(n => n.RecipientUserId == me && n.ReadAt == null);
        });
        Assert.True(unread > 0);
    }

    [Fact]
    public async Task Given_a_deactivated_user_When_signing_in_with_the_right_password_Then_the_page_says_only_that_sign_in_failed()
    {
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == "delivery");
            user.IsActive = false;
            await db.SaveChangesAsync();
        });
        var client = Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.PostFormAsync("/Account/Login",
            new() { ["Input.UserName"] = "delivery", ["Input.Password"] = SignedInClient.Password }, "/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Html.Text("Login_Failed", "en"), await Html.ReadAsync(response));
    }
}
