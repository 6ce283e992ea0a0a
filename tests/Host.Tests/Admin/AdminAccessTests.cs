using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Admin;

/// <summary>Every page of the Admin area and every admin POST is for the Admin role only.</summary>
public sealed class AdminAccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>All Admin-area page routes, read from the app's endpoints (a new page is covered automatically).</summary>
    private async Task<List<string>> AdminPagesAsync()
    {
        var user = await factory.UserAsync("sales02");
        var team = await factory.TeamAsync("华东一组");
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { AreaName: "Admin" })
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .ToList();
        return endpoints
            .Select(p => p.Replace("{id:guid}", p.Contains("/Teams/", StringComparison.Ordinal) ? team.Id.ToString() : user.Id.ToString()))
            .Where(p => !p.EndsWith("/Index", StringComparison.Ordinal))
            .ToList();
    }

    [Fact]
    public async Task Given_the_admin_area_Then_its_pages_are_discovered()
    {
        var pages = await AdminPagesAsync();
        string[] expectedPages =
        [
            "/Admin/Users", "/Admin/Users/Create", "/Admin/Teams", "/Admin/Teams/Create", "/Admin/Roles", "/Admin/Outbox",
        ];
        foreach (var expected in expectedPages)
        {
            Assert.Contains(expected, pages);
        }
        Assert.Contains(pages, p => p.StartsWith("/Admin/Users/Edit/", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.StartsWith("/Admin/Teams/Edit/", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_admin_area_Then_every_page_model_checks_the_admin_role_in_its_handlers()
    {
        var models = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>())
            .Where(d => d is { AreaName: "Admin" })
            .Select(d => d!.RelativePath)
            .Distinct()
            .ToList();
        Assert.NotEmpty(models);
        var pageModels = typeof(SalesSuite.Host.Areas.Admin.AdminPageModel).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("SalesSuite.Host.Areas.Admin.Pages", StringComparison.Ordinal) == true
                && typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(t))
            .ToList();
        Assert.Equal(models.Count, pageModels.Count);
        Assert.All(pageModels, t => Assert.True(t.IsSubclassOf(typeof(SalesSuite.Host.Areas.Admin.AdminPageModel)), t.FullName));
    }

    [Fact]
    public async Task Given_the_admin_When_opening_every_admin_page_Then_each_renders()
    {
        var client = await factory.SignInAsync("admin");
        foreach (var page in await AdminPagesAsync())
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            Assert.Contains("data-testid=\"admin-nav\"", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("sales01")]
    [InlineData("director")]
    public async Task Given_a_non_admin_When_opening_any_admin_page_Then_it_is_refused(string userName)
    {
        var client = await factory.SignInAsync(userName);
        foreach (var page in await AdminPagesAsync())
        {
            AdminTestKit.AssertRefused(await client.GetAsync(page));
            var htmx = await client.HtmxGetAsync(page);
            Assert.Equal(HttpStatusCode.Forbidden, htmx.StatusCode);
        }
    }

    [Theory]
    [InlineData("sales01")]
    [InlineData("director")]
    public async Task Given_a_non_admin_When_posting_any_admin_form_Then_it_is_refused_and_nothing_changes(string userName)
    {
        var target = await factory.UserAsync("sales03");
        var team = await factory.TeamAsync("华北一组");
        var client = await factory.SignInAsync(userName);
        var posts = new (string Url, Dictionary<string, string> Fields)[]
        {
            ("/Admin/Users/Create", new()
            {
                ["Input.UserName"] = "intruder", ["Input.DisplayName"] = "X", ["Input.Password"] = "abcdefg1", ["Input.Roles"] = "Admin",
            }),
            ($"/Admin/Users/Edit/{target.Id}", new()
            {
                ["Input.UserName"] = "sales03",
                ["Input.DisplayName"] = "Hacked",
                ["Input.Roles"] = "Admin",
                ["Input.ConcurrencyStamp"] = target.ConcurrencyStamp!,
            }),
            ($"/Admin/Users/Edit/{target.Id}?handler=Deactivate", new()),
            ($"/Admin/Users/Edit/{target.Id}?handler=Activate", new()),
            ($"/Admin/Users/Edit/{target.Id}?handler=Unlock", new()),
            ($"/Admin/Users/Edit/{target.Id}?handler=ResetPassword", new() { ["NewPassword"] = "hacked123" }),
            ("/Admin/Teams/Create", new() { ["Input.Name"] = "Intruders" }),
            ($"/Admin/Teams/Edit/{team.Id}", new() { ["Input.Name"] = "Hacked", ["Input.Version"] = team.Version.ToString() }),
            ($"/Admin/Outbox?handler=Requeue&context=HostDbContext&id={Guid.NewGuid()}", new()),
        };
        foreach (var (url, fields) in posts)
        {
            AdminTestKit.AssertRefused(await client.PostFormAsync(url, fields));
            var htmx = await client.HtmxPostAsync(url, new Dictionary<string, string>(fields.Where(f => f.Key != "__RequestVerificationToken")));
            Assert.Equal(HttpStatusCode.Forbidden, htmx.StatusCode);
        }
        var after = await factory.UserAsync("sales03");
        Assert.True(after.IsActive);
        Assert.Equal(target.DisplayName, after.DisplayName);
        Assert.Equal(target.PasswordHash, after.PasswordHash);
        Assert.Equal("华北一组", (await factory.TeamAsync("华北一组")).Name);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.UserAsync("intruder"));
    }
}
