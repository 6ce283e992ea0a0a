using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

public sealed class FinanceRelockTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    [Fact]
    public async Task Given_an_approved_quote_When_finance_corrects_costs_Then_a_cost_locked_minor_version_becomes_effective_and_sales_cannot()
    {
        var id = await DbAsync(factory, db => db.Quotes.Where(q => q.Number == "Q-2026-0001").Select(q => q.Id).SingleAsync());
        var costs = new Dictionary<string, string> { ["costs[0]"] = "26000", ["costs[1]"] = "1900", ["costs[2]"] = "30000", ["costs[3]"] = "9000" };

        var sales = await factory.SignInAsync("sales07");
        Assert.True(IsRefused(await sales.PostFormAsync($"/Quotes/Details/{id}?handler=Relock", new(costs), $"/Quotes/Details/{id}")));

        var finance = await factory.SignInAsync("finance");
        var relocked = await finance.PostFormAsync($"/Quotes/Details/{id}?handler=Relock", new(costs), $"/Quotes/Details/{id}");
        var page = await FlashAsync(finance, relocked);

        Assert.Contains("当前生效版本 V3.3, 财务 2026-11-23 09:00 成本锁定", page);
        var quote = await QuoteAsync(factory, id);
        Assert.Equal(26000m, quote.ApprovedVersion!.Lines[0].UnitCost);
        Assert.Equal(quote.Versions.Single(v => v.Label == "V3.2").Gross, quote.ApprovedVersion.Gross); // prices untouched
    }

    [Fact]
    public async Task Given_an_english_reader_Then_the_quote_list_is_in_english()
    {
        var client = await factory.SignInAsync("director", "en");
        var html = await client.GetStringAsync("/Quotes");
        Assert.Contains("Awaiting my approval", html);
        Assert.Contains("Quotes I can see", html);
        Assert.Contains("In approval", html);
    }
}
