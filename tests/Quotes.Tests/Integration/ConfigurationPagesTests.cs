using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

public sealed class ConfigurationPagesTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    [Fact]
    public async Task Given_the_director_When_changing_a_step_SLA_Then_it_is_saved_and_a_stale_form_is_refused()
    {
        var legal = await DbAsync(factory, db => db.ChainSteps.AsNoTracking().SingleAsync(r => r.Kind == StepKind.Legal));
        var director = await factory.SignInAsync("director");
        Dictionary<string, string> Form(int version) => new()
        {
            ["stepId"] = legal.Id.ToString(), ["version"] = version.ToString(), ["slaHours"] = "36", ["enabled"] = "true",
        };

        var saved = await director.PostFormAsync("/Quotes/Chain?handler=Step", Form(legal.Version), "/Quotes/Chain");
        Assert.Contains("已保存", await FlashAsync(director, saved));
        Assert.Equal(36, (await DbAsync(factory, db => db.ChainSteps.AsNoTracking().SingleAsync(r => r.Id == legal.Id))).SlaHours);

        var stale = await FlashAsync(director, await director.PostFormAsync("/Quotes/Chain?handler=Step", Form(legal.Version), "/Quotes/Chain"));
        Assert.DoesNotContain("已保存", stale);
    }

    [Fact]
    public async Task Given_a_dealer_amount_and_delivery_Then_the_rebate_calculator_shows_range_documents_and_payout_date()
    {
        var sales = await factory.SignInAsync("sales07");
        var html = await sales.GetStringAsync("/Quotes/Rebates?CustomerType=经销商&Amount=200000&DeliveryDays=45&DeliveryDate=2026-12-01");
        Assert.Contains("data-testid=\"rebate-result\"", html);
        Assert.Contains("2% – 5%", html);
        Assert.Contains("终端医院验收单", html);
        Assert.Contains("2027-03-01", html);
    }
}
