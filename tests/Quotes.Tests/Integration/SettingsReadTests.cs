using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Quotes.Application.Chain;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>A read never inserts: without stored settings or chain the defaults stand in, in memory (ADR 0008, 0012).</summary>
public sealed class SettingsReadTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private Task<int> ForgetStoredAsync() => DbAsync(factory, async db =>
        await db.ChainSteps.ExecuteDeleteAsync() + await db.Settings.ExecuteDeleteAsync());

    private Task<(int Chain, int Settings)> StoredAsync() => DbAsync(factory, async db =>
        (await db.ChainSteps.CountAsync(), await db.Settings.CountAsync()));

    [Fact]
    public async Task Given_nothing_stored_When_pages_and_commands_read_settings_and_chain_Then_no_row_is_inserted()
    {
        await ForgetStoredAsync();
        await factory.InScopeAsync(async sp =>
        {
            Assert.Equal(30, (await sp.GetRequiredService<ModuleSettings<QuotesDbContext, QuoteSettings>>().ReadAsync(default)).DefaultValidityDays);
            Assert.Equal(5, (await sp.GetRequiredService<ApprovalChainQueries>().ChainAsync(default)).Count);
        });
        Assert.Contains("data-kind=\"Legal\"", await (await factory.SignInAsync("director")).GetStringAsync("/Quotes/Chain"));
        var deal = await OpenDealAsync(factory, "sales01");
        var sales = await factory.SignInAsync("sales01");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 1, 0m));
        await SubmitAsync(sales, id);

        Assert.Equal((0, 0), await StoredAsync());
        Assert.Equal(StepKind.Tech, (await QuoteAsync(factory, id)).ActiveStep!.Kind); // the default chain applied
    }

    [Fact]
    public async Task Given_nothing_stored_When_the_director_saves_a_step_Then_the_default_chain_is_stored_with_the_change()
    {
        await ForgetStoredAsync();
        var legal = DefaultChain.Create().Single(r => r.Kind == StepKind.Legal);
        var director = await factory.SignInAsync("director");
        var form = new Dictionary<string, string>
        {
            ["stepId"] = legal.Id.ToString(), ["version"] = "0", ["slaHours"] = "36", ["enabled"] = "true",
        };

        Assert.Contains("已保存", await FlashAsync(director, await director.PostFormAsync("/Quotes/Chain?handler=Step", form, "/Quotes/Chain")));

        Assert.Equal((5, 0), await StoredAsync());
        Assert.Equal(36, (await DbAsync(factory, db => db.ChainSteps.AsNoTracking().SingleAsync(r => r.Id == legal.Id))).SlaHours);
    }
}
