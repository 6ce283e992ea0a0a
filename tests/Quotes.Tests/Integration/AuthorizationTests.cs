using System.Net;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

public sealed class AuthorizationTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private async Task<Guid> Sales01QuoteAsync(bool submit)
    {
        var deal = await OpenDealAsync(factory, "sales01");
        var sales = await factory.SignInAsync("sales01");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 2, 0m));
        if (submit)
        {
            await SubmitAsync(sales, id);
        }
        return id;
    }

    [Theory]
    [InlineData("sales02", HttpStatusCode.NotFound)]   // another salesperson
    [InlineData("mgr.north", HttpStatusCode.NotFound)] // another team's manager
    [InlineData("mgr.east", HttpStatusCode.OK)]        // sales01's manager
    [InlineData("director", HttpStatusCode.OK)]
    [InlineData("finance", HttpStatusCode.NotFound)]   // a draft is in nobody's queue yet
    public async Task Given_a_draft_of_sales01_Then_only_owner_team_and_top_see_it(string user, HttpStatusCode expected)
    {
        var id = await Sales01QuoteAsync(submit: false);
        var client = await factory.SignInAsync(user);
        Assert.Equal(expected, (await client.GetAsync($"/Quotes/Details/{id}")).StatusCode);
        Assert.Equal(expected, (await client.HtmxGetAsync($"/Quotes/Details/{id}?handler=Views")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/Quotes/Versions/{id}")).StatusCode);
    }

    [Fact]
    public async Task Given_a_submitted_quote_Then_approvers_see_it_but_cannot_edit_and_others_cannot_recalculate_or_decide()
    {
        var id = await Sales01QuoteAsync(submit: true);
        var tech = await factory.SignInAsync("tech");
        Assert.Equal(HttpStatusCode.OK, (await tech.GetAsync($"/Quotes/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tech.GetAsync($"/Quotes/Edit/{id}")).StatusCode);

        var other = await factory.SignInAsync("sales02");
        var recalc = await other.HtmxPostAsync(
            $"/Quotes/Edit/{id}?handler=Recalc", new() { ["Form.Lines[0].ProductCode"] = "MD-PUMP-50", ["Form.Lines[0].Quantity"] = "1" }, "/Quotes");
        Assert.Equal(HttpStatusCode.NotFound, recalc.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsyncFrom(other, id)).StatusCode);

        // Finance sees the quote (its step is coming) but it is Tech's turn: Finance cannot decide it.
        var finance = await factory.SignInAsync("finance");
        Assert.True(IsRefused((await DecideAsyncFrom(finance, id))));
    }

    [Fact]
    public async Task Given_the_owner_Then_the_htmx_recalculation_returns_totals_with_the_margin_flag()
    {
        var id = await Sales01QuoteAsync(submit: false);
        var sales = await factory.SignInAsync("sales01");
        var response = await sales.HtmxPostAsync($"/Quotes/Edit/{id}?handler=Recalc", new()
        {
            ["Form.Lines[0].ProductCode"] = "PLC-S7-1200", ["Form.Lines[0].Quantity"] = "1", ["Form.Lines[0].DiscountPercent"] = "5",
        }, $"/Quotes/Edit/{id}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-margin-below=\"true\"", html); // 56,000 -5% vs cost 47,000 = 11.65%
        Assert.DoesNotContain("<html", html);
    }

    [Fact]
    public async Task Given_a_salesperson_Then_catalogue_import_chain_settings_and_rebate_rules_are_refused()
    {
        var sales = await factory.SignInAsync("sales01");
        Assert.True(IsRefused((await sales.PostFormAsync("/Quotes/Catalogue?handler=Import", new() { ["csv"] = "X-1,x,1,1" }, "/Quotes/Catalogue"))));
        Assert.True(IsRefused(await sales.PostFormAsync(
            "/Quotes/Chain?handler=Settings", new() { ["minMarginPercent"] = "1", ["defaultValidityDays"] = "30" }, "/Quotes/Chain")));
        var rule = new Dictionary<string, string> { ["minAmount"] = "0", ["minPercent"] = "0", ["maxPercent"] = "50", ["payoutDays"] = "1" };
        Assert.True(IsRefused(await sales.PostFormAsync("/Quotes/Rebates?handler=Add", rule, "/Quotes/Rebates")));
        var marketing = await factory.SignInAsync("marketing");
        Assert.NotEqual(HttpStatusCode.OK, (await marketing.GetAsync("/Quotes")).StatusCode);
    }

    [Fact]
    public async Task Given_finance_When_importing_a_CSV_with_a_bad_line_Then_nothing_is_imported_and_the_line_is_named()
    {
        var finance = await factory.SignInAsync("finance");
        var response = await finance.PostFormAsync(
            "/Quotes/Catalogue?handler=Import", new() { ["csv"] = "code,name,list,cost\nNEW-1,新品,100,60\nNEW-2,坏行,abc,1" }, "/Quotes/Catalogue");
        var page = await FlashAsync(finance, response);
        Assert.Contains("第 3 行", page);
        Assert.DoesNotContain("NEW-1", page);
        var imported = await finance.PostFormAsync("/Quotes/Catalogue?handler=Import", new() { ["csv"] = "NEW-1,新品,100,60,13" }, "/Quotes/Catalogue");
        var ok = await FlashAsync(finance, imported);
        Assert.Contains("NEW-1", ok);
    }

    private static Task<HttpResponseMessage> DecideAsyncFrom(HttpClient client, Guid id) =>
        client.PostFormAsync($"/Quotes/Details/{id}?handler=Decide", new() { ["approve"] = "true", ["customDevelopment"] = "false" }, "/Quotes");
}
