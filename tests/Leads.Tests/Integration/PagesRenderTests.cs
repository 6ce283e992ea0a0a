using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class PagesRenderTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Theory]
    [InlineData("sales01", "/Leads")]
    [InlineData("sales01", "/Leads/Pool")]
    [InlineData("sales01", "/Leads/Pool?handler=Board&Source=官网表单")]
    [InlineData("sales01", "/Leads/Leads")]
    [InlineData("sales01", "/Leads/Intake")]
    [InlineData("sales01", "/Leads/Import")]
    [InlineData("mgr.east", "/Leads/Leads")]
    [InlineData("director", "/Leads")]
    [InlineData("sales01", "/Leads/Customers")]
    [InlineData("sales01", "/Leads/Customers?q=恒清")]
    [InlineData("sales01", "/Leads/Deals")]
    [InlineData("sales01", "/Leads/FollowUps/New")]
    [InlineData("sales01", "/Leads/Actions")]
    [InlineData("director", "/Leads/Deals")]
    [InlineData("director", "/Leads/Config")]
    [InlineData("director", "/Leads/Config/Pipeline")]
    [InlineData("director", "/Leads/Assignment")]
    [InlineData("mgr.east", "/Leads/Assignment")]
    [InlineData("mgr.east", "/Leads/HandOver")]
    public async Task Given_a_user_When_opening_a_leads_page_Then_it_renders(string user, string url)
    {
        var client = await factory.SignInAsync(user);
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 2000)]}");
    }
}
