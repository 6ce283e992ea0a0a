using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

public sealed class AccountTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private HttpClient Anonymous(string culture = "zh-CN")
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string user, string password) =>
        client.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = user, ["Input.Password"] = password }, "/Account/Login");

    [Fact]
    public async Task Given_a_demo_user_When_signing_in_with_the_right_password_Then_redirected_home_and_greeted()
    {
        var client = Anonymous();

        var response = await LoginAsync(client, "sales01", SignedInClient.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await Html.ReadAsync(await client.GetAsync("/"));
        Assert.Contains("id=\"main-nav\"", home);
        Assert.Contains("data-testid=\"switch-language\"", home);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Given_a_wrong_password_When_signing_in_Then_the_page_says_so_in_the_browser_language(string culture)
    {
        var response = await LoginAsync(Anonymous(culture), "sales02", "wrong-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Html.Text("Login_Failed", culture), await Html.ReadAsync(response));
    }

    [Fact]
    public async Task Given_five_wrong_passwords_When_the_right_one_follows_Then_the_account_is_locked()
    {
        var client = Anonymous("en");
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains(Html.Text("Login_Failed", "en"), await Html.ReadAsync(await LoginAsync(client, "sales09", "nope-" + i)));
        }
        Assert.Contains(Html.Text("Login_LockedOut", "en"), await Html.ReadAsync(await LoginAsync(client, "sales09", "nope-5")));

        var right = await LoginAsync(client, "sales09", SignedInClient.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(Html.Text("Login_LockedOut", "en"), await Html.ReadAsync(right));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Given_a_signed_in_user_When_signing_out_Then_pages_require_sign_in_again()
    {
        var client = await factory.SignInAsync("sales03");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var response = await client.PostFormAsync("/Account/Logout", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Given_invalid_input_When_changing_the_password_Then_each_field_explains_the_problem(string culture)
    {
        // One user per culture: a language switch is remembered on the profile and would leak into the other case.
        var client = await factory.SignInAsync(culture == "en" ? "sales04" : "finance", culture);

        var empty = await Html.ReadAsync(await client.PostFormAsync("/Account/ChangePassword",
            new() { ["Input.CurrentPassword"] = "", ["Input.NewPassword"] = "", ["Input.ConfirmPassword"] = "" }, "/Account/ChangePassword"));
        var mismatch = await Html.ReadAsync(await client.PostFormAsync("/Account/ChangePassword",
            new() { ["Input.CurrentPassword"] = SignedInClient.Password, ["Input.NewPassword"] = "abcdefg1", ["Input.ConfirmPassword"] = "abcdefg2" },
            "/Account/ChangePassword"));
        var wrongCurrent = await Html.ReadAsync(await client.PostFormAsync("/Account/ChangePassword",
            new() { ["Input.CurrentPassword"] = "not-it-1", ["Input.NewPassword"] = "abcdefg1", ["Input.ConfirmPassword"] = "abcdefg1" },
            "/Account/ChangePassword"));

        Assert.Contains(Html.Text("Validation_Required", culture, Html.Text("ChangePassword_Current", culture)), empty);
        Assert.Contains(Html.Text("Validation_PasswordMismatch", culture), mismatch);
        Assert.Contains(Html.Text("Identity_PasswordMismatch", culture), wrongCurrent);
    }

    [Fact]
    public async Task Given_the_right_current_password_When_changing_it_Then_the_new_one_signs_in_and_the_old_one_does_not()
    {
        var client = await factory.SignInAsync("sales05");

        var response = await client.PostFormAsync("/Account/ChangePassword",
            new()
            {
                ["Input.CurrentPassword"] = SignedInClient.Password,
                ["Input.NewPassword"] = "newpass2026",
                ["Input.ConfirmPassword"] = "newpass2026",
            },
            "/Account/ChangePassword");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(Html.Text("ChangePassword_Done", "zh-CN"), await Html.ReadAsync(await client.GetAsync("/")));
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(Anonymous(), "sales05", SignedInClient.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(Anonymous(), "sales05", "newpass2026")).StatusCode);
    }

    [Fact]
    public async Task Given_a_user_who_switched_to_English_When_signing_in_from_a_new_browser_Then_the_app_is_English()
    {
        var client = await factory.SignInAsync("sales06");
        var switched = await client.PostFormAsync("/Culture", new() { ["culture"] = "en", ["returnUrl"] = "/" });
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.Contains("c%3Den"));
        Assert.Contains(">" + Html.Text("Nav_Home", "en") + "<", await Html.ReadAsync(await client.GetAsync("/")));
        var stored = await factory.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().Users.SingleAsync(u => u.UserName == "sales06"));
        Assert.Equal("en", stored.PreferredCulture);

        var fresh = await factory.SignInAsync("sales06", "zh-CN");
        var home = await Html.ReadAsync(await fresh.GetAsync("/"));

        Assert.Contains(">" + Html.Text("Nav_Home", "en") + "<", home);
        Assert.DoesNotContain(">" + Html.Text("Nav_Home", "zh-CN") + "<", home);
    }
}
