using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Hardening;

public sealed class ProductionDefaultsTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task Given_Production_Then_no_demo_person_is_seeded_but_the_roles_exist()
    {
        var (users, roles) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            return (await db.Users.CountAsync(u => u.UserName != "ops"), await db.Roles.CountAsync());
        });

        Assert.Equal(0, users);
        Assert.Equal(Roles.All.Count, roles);
    }

    [Fact]
    public async Task Given_Production_When_signing_in_over_https_Then_cookies_are_Secure_and_HSTS_is_sent()
    {
        await factory.InScopeAsync(async sp =>
        {
            var user = new AppUser { Id = Guid.NewGuid(), UserName = "ops", DisplayName = "Ops" };
            Assert.True((await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, "prod2026ops")).Succeeded);
        });
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://crm.example.com"),
        });

        var form = await client.GetAsync("/Account/Login");
        var login = await client.PostFormAsync("/Account/Login",
            new() { ["Input.UserName"] = "ops", ["Input.Password"] = "prod2026ops" }, "/Account/Login");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookies = form.Headers.GetValues("Set-Cookie").Concat(login.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("SalesSuite.Auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.True(c.Contains("; secure", StringComparison.OrdinalIgnoreCase), c));
        Assert.True(form.Headers.Contains("Strict-Transport-Security"));
    }
}
