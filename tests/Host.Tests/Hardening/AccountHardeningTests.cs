using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.Host.Seeding;
using SalesSuite.Host.Tests.Platform;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Hardening;

public sealed partial class AccountHardeningTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_a_seeded_account_renamed_and_another_removed_When_seeding_runs_again_Then_neither_is_re_created()
    {
        await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var renamed = (await users.FindByNameAsync("sales09"))!;
            await users.SetUserNameAsync(renamed, "ma.chao");
            await users.DeleteAsync((await users.FindByNameAsync("sales08"))!);
        });

        await factory.InScopeAsync(sp => sp.GetRequiredService<DemoSeeder>().SeedAsync(sp, CancellationToken.None));

        var names = await factory.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().Users.Select(u => u.UserName).ToListAsync());
        Assert.DoesNotContain("sales09", names);
        Assert.DoesNotContain("sales08", names);
        Assert.Contains("ma.chao", names);
    }

    [Fact]
    public async Task Given_a_user_created_by_an_admin_When_signing_in_Then_every_page_leads_to_change_password_until_changed()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var created = await admin.PostFormAsync("/Admin/Users/Create", new()
        {
            ["Input.UserName"] = "new.hire",
            ["Input.DisplayName"] = "New Hire",
            ["Input.Email"] = "new.hire@demo.salessuite.cn",
            ["Input.PhoneNumber"] = "13912345679",
            ["Input.Password"] = "given2026pw",
            ["Input.Roles"] = "Salesperson",
        }, "/Admin/Users/Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var (user, signedIn) = await SignInAsync("new.hire", "given2026pw");

        Assert.Equal("/Account/ChangePassword", signedIn.Headers.Location?.OriginalString);
        Assert.Equal("/Account/ChangePassword", (await user.GetAsync("/")).Headers.Location?.OriginalString);
        Assert.Equal("/Account/ChangePassword", (await user.GetAsync("/Notifications")).Headers.Location?.OriginalString);
        var htmx = await user.HtmxGetAsync("/Notifications?handler=Count");
        Assert.Equal("/Account/ChangePassword", htmx.Headers.GetValues("HX-Redirect").Single());
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/Account/ChangePassword")).StatusCode);

        var changed = await user.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = "given2026pw",
            ["Input.NewPassword"] = "mine2026pw",
            ["Input.ConfirmPassword"] = "mine2026pw",
        }, "/Account/ChangePassword");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);
        var (_, again) = await SignInAsync("new.hire", "mine2026pw");
        Assert.Equal("/", again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Given_a_password_reset_by_an_admin_When_signing_in_Then_the_user_must_change_it()
    {
        var admin = await factory.SignInAsync("admin", "en");
        var subject = await factory.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().Users.SingleAsync(u => u.UserName == "tech"));
        var edit = $"/Admin/Users/Edit/{subject.Id}";
        var reset = await admin.PostFormAsync(edit + "?handler=ResetPassword", new() { ["NewPassword"] = "reset2026pw" }, edit);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        var (user, signedIn) = await SignInAsync("tech", "reset2026pw");

        Assert.Equal("/Account/ChangePassword", signedIn.Headers.Location?.OriginalString);
        Assert.Equal("/Account/ChangePassword", (await user.GetAsync("/")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Given_an_unknown_user_a_deactivated_user_and_a_wrong_password_Then_the_login_page_answers_the_same()
    {
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            (await db.Users.SingleAsync(u => u.UserName == "store01")).IsActive = false;
            await db.SaveChangesAsync();
        });

        var unknown = await LoginMessageAsync("nobody.here", SignedInClient.Password);
        var deactivated = await LoginMessageAsync("store01", SignedInClient.Password);
        var wrong = await LoginMessageAsync("legal", "wrong-password1");

        Assert.Equal(Html.Text("Login_Failed", "en"), unknown);
        Assert.Equal(unknown, deactivated);
        Assert.Equal(unknown, wrong);
    }

    private async Task<string> LoginMessageAsync(string userName, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var response = await client.PostFormAsync("/Account/Login",
            new() { ["Input.UserName"] = userName, ["Input.Password"] = password }, "/Account/Login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = SummaryPattern().Match(await response.Content.ReadAsStringAsync());
        return WebUtility.HtmlDecode(Regex.Replace(summary.Groups[1].Value, "<[^>]+>", string.Empty)).Trim();
    }

    private async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(string userName, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/Account/Login",
            new() { ["Input.UserName"] = userName, ["Input.Password"] = password }, "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, response);
    }

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();
}
