using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>Scenario 3's history as the staff pages show it: versions with diffs, timeline from the operation log, print.</summary>
public sealed class StaffPagesTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private Task<Guid> ScenarioIdAsync() => DbAsync(factory, db => db.Quotes.Where(q => q.Number == "Q-2026-0001").Select(q => q.Id).SingleAsync());

    [Fact]
    public async Task Given_scenario_3_Then_versions_V1_to_V3_2_are_listed_and_the_last_diff_shows_finances_cost_correction()
    {
        var id = await ScenarioIdAsync();
        var html = await (await factory.SignInAsync("sales07")).GetStringAsync($"/Quotes/Versions/{id}");
        foreach (var label in new[] { "V1", "V2", "V2.1", "V3", "V3.1", "V3.2" })
        {
            Assert.Contains($"data-label-text=\"{label}\"", html);
        }
        Assert.Contains("27,440", html.Replace("27440", "27,440")); // 24,500 × 1.12 locked as V3.2
        Assert.Contains("data-testid=\"diff-row\"", html);
    }

    [Fact]
    public async Task Given_decisions_on_a_quote_Then_the_timeline_lists_them_from_the_operation_log()
    {
        var id = await ScenarioIdAsync();
        var html = await (await factory.SignInAsync("director")).GetStringAsync($"/Quotes/Timeline/{id}");
        Assert.Contains("data-testid=\"timeline-row\"", html);

        var deal = await OpenDealAsync(factory, "sales01");
        var sales = await factory.SignInAsync("sales01");
        var quote = await DraftAsync(sales, deal, ("MD-PUMP-50", 1, 0m));
        await SubmitAsync(sales, quote);
        await DecideAsync(await factory.SignInAsync("tech"), quote, approve: false, comment: "参数不全");
        var timeline = await sales.GetStringAsync($"/Quotes/Timeline/{quote}");
        Assert.Contains("Quote.Submit", timeline);
        Assert.Contains("Quote.Reject.Tech", timeline);
        Assert.Contains("参数不全", timeline);
    }

    [Fact]
    public async Task Given_the_print_page_Then_it_has_A4_print_css_the_QR_code_version_validity_and_no_cost()
    {
        var id = await ScenarioIdAsync();
        var html = await (await factory.SignInAsync("sales07")).GetStringAsync($"/Quotes/Print/{id}");
        Assert.Contains("quotes-print.css", html);
        Assert.Contains("/qr.svg", html);
        Assert.Contains("V3.2", html);
        Assert.Contains("2026-12-31", html);
        Assert.DoesNotContain("27,440.00", html);
        Assert.DoesNotContain("毛利", html);
    }

    [Fact]
    public async Task Given_an_approver_Then_the_queue_lists_waiting_steps_oldest_first_with_SLA_state()
    {
        var html = await (await factory.SignInAsync("finance")).GetStringAsync("/Quotes");
        Assert.Contains("Q-2026-0002", html);             // demo: waiting for Finance for 27 h
        Assert.Contains("data-testid=\"sla-breached\"", html);
    }
}
