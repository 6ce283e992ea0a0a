using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class VisibilityTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private Task<(Guid DealId, Guid CustomerId)> Sales01DealAsync() => factory.QueryAsync(async db =>
    {
        var deal = await db.Deals.FirstAsync(d => d.Title.Contains("海天"));
        return (deal.Id, deal.CustomerId);
    });

    [Theory]
    [InlineData("sales02", HttpStatusCode.NotFound)]
    [InlineData("mgr.north", HttpStatusCode.NotFound)]
    [InlineData("sales01", HttpStatusCode.OK)]
    [InlineData("mgr.east", HttpStatusCode.OK)]
    [InlineData("director", HttpStatusCode.OK)]
    public async Task Given_a_deal_of_sales01_When_others_open_its_move_form_Then_only_owner_team_and_director_see_it(
        string user, HttpStatusCode expected)
    {
        var (dealId, customerId) = await Sales01DealAsync();
        var client = await factory.SignInAsync(user);
        Assert.Equal(expected, (await client.HtmxGetAsync($"/Leads/Deals?handler=MoveForm&id={dealId}")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/Leads/Customers/Detail/{customerId}")).StatusCode);
    }

    [Fact]
    public async Task Given_another_salespersons_deal_When_posting_a_move_Then_404_and_nothing_changes()
    {
        var (dealId, _) = await Sales01DealAsync();
        var before = await factory.QueryAsync(db => db.Deals.SingleAsync(d => d.Id == dealId));
        var client = await factory.SignInAsync("sales02");
        var response = await client.HtmxPostAsync(
            $"/Leads/Deals?handler=Move&id={dealId}", new() { ["targetStageId"] = Guid.NewGuid().ToString(), ["version"] = "0" }, "/Leads/Deals");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var close = await client.PostFormAsync($"/Leads/Deals?handler=Close&id={dealId}", new() { ["won"] = "true" }, "/Leads/Deals");
        Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
        Assert.Equal(before.Status, (await factory.QueryAsync(db => db.Deals.SingleAsync(d => d.Id == dealId))).Status);
    }

    [Fact]
    public async Task Given_a_salesperson_When_listing_customers_and_deals_Then_only_own_records_are_shown()
    {
        var client = await factory.SignInAsync("sales02");
        var customers = await client.GetStringAsync("/Leads/Customers");
        Assert.Contains("娃哈哈", customers);
        Assert.DoesNotContain("恒清", customers);
        var deals = await client.GetStringAsync("/Leads/Deals");
        Assert.DoesNotContain("海天", deals);
    }

    [Fact]
    public async Task Given_a_salesperson_When_opening_director_configuration_Then_access_is_denied()
    {
        var client = await factory.SignInAsync("sales01");
        var response = await client.GetAsync("/Leads/Config");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location?.ToString());
    }
}
