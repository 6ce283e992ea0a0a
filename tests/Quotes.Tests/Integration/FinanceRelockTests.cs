using System.Text.RegularExpressions;
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
        var lines = (await QuoteAsync(factory, id)).ApprovedVersion!.Lines;
        string[] values = ["26000", "1900", "30000", "9000"];
        var costs = lines.Select((l, i) => ($"costs[{l.LineId}]", values[i])).ToDictionary(p => p.Item1, p => p.Item2);

        var sales = await factory.SignInAsync("sales07");
        Assert.True(IsRefused(await sales.PostFormAsync($"/Quotes/Details/{id}?handler=Relock", new(costs), $"/Quotes/Details/{id}")));

        var finance = await factory.SignInAsync("finance");
        var relocked = await finance.PostFormAsync($"/Quotes/Details/{id}?handler=Relock", new(costs), $"/Quotes/Details/{id}");
        var page = await FlashAsync(finance, relocked);

        Assert.Contains("当前生效版本 V3.3, 财务 2026-11-23 09:00 成本锁定", page);
        var quote = await QuoteAsync(factory, id);
        Assert.Equal(26000m, quote.ApprovedVersion!.Lines.Single(l => l.LineId == lines[0].LineId).UnitCost);
        Assert.Equal(quote.Versions.Single(v => v.Label == "V3.2").Gross, quote.ApprovedVersion.Gross); // prices untouched
    }

    [Fact]
    public async Task Given_a_cost_form_keyed_by_line_id_Then_each_cost_lands_on_its_line_whatever_the_order_and_an_unknown_line_is_stale()
    {
        var deal = await OpenDealAsync(factory, "sales02");
        var sales = await factory.SignInAsync("sales02");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 2, 0m), ("MD-PUMP-50", 5, 0m));
        await SubmitAsync(sales, id);
        await DecideAsync(await factory.SignInAsync("tech"), id, approve: true, custom: false);
        var lines = (await QuoteAsync(factory, id)).LatestVersion!.Lines;
        var finance = await factory.SignInAsync("finance");

        // The fields arrive in the opposite order of the lines: the id, not the position, decides.
        var form = await finance.GetStringAsync($"/Quotes/Details/{id}");
        Assert.Contains($"name=\"costs[{lines[1].LineId}]\"", form);
        var stale = new Dictionary<string, string> { [$"costs[{Guid.NewGuid()}]"] = "1" };
        Assert.Contains("他人已修改", await FlashAsync(finance, await PostDecisionAsync(finance, id, stale)));
        Assert.Equal(lines.Count, (await QuoteAsync(factory, id)).Versions.Single().Lines.Count);
        Assert.Single((await QuoteAsync(factory, id)).Versions);

        var costs = new Dictionary<string, string> { [$"costs[{lines[1].LineId}]"] = "222", [$"costs[{lines[0].LineId}]"] = "111" };
        await PostDecisionAsync(finance, id, costs);

        var locked = (await QuoteAsync(factory, id)).LatestVersion!;
        Assert.Equal("V1.1", locked.Label);
        Assert.Equal([111m, 222m], locked.Lines.Select(l => l.UnitCost));
    }

    private static async Task<HttpResponseMessage> PostDecisionAsync(HttpClient finance, Guid id, Dictionary<string, string> costs)
    {
        var page = await finance.GetStringAsync($"/Quotes/Details/{id}");
        costs["approve"] = "true";
        costs["stepId"] = Regex.Match(page, "name=\"stepId\" value=\"([^\"]*)\"").Groups[1].Value;
        costs["version"] = Regex.Match(page, "name=\"version\" value=\"([^\"]*)\"").Groups[1].Value;
        return await finance.PostFormAsync($"/Quotes/Details/{id}?handler=Decide", costs, $"/Quotes/Details/{id}");
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
