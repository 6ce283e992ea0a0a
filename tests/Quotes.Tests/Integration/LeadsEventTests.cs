using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>The deal read model is fed only by Leads' events, each applied once.</summary>
public sealed class LeadsEventTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private Task HandleAsync<T>(T evt) where T : IIntegrationEvent =>
        factory.InScopeAsync(async sp =>
        {
            var handlers = sp.GetServices<IIntegrationEventHandler<T>>()
                .Where(h => h.GetType().Namespace!.StartsWith("SalesSuite.Quotes", StringComparison.Ordinal));
            foreach (var handler in handlers)
            {
                await handler.HandleAsync(evt, default);
            }
        });

    [Fact]
    public async Task Given_a_deal_loses_quoting_eligibility_Then_a_new_quote_is_refused_with_the_reason()
    {
        var deal = await OpenDealAsync(factory, "sales01");
        await HandleAsync(new DealQuotingEligibilityChanged(Guid.NewGuid(), factory.Clock.GetCurrentInstant(), null, deal, false, "缺少样品测试完成日期"));
        var sales = await factory.SignInAsync("sales01");
        var page = await FlashAsync(sales, await sales.PostFormAsync("/Quotes/New", new() { ["dealId"] = deal.ToString() }, "/Quotes/New"));
        Assert.Contains("缺少样品测试完成日期", page);
    }

    [Fact]
    public async Task Given_a_hand_over_of_a_deal_Then_the_deal_and_its_quotes_move_to_the_new_owner()
    {
        var deal = await OpenDealAsync(factory, "sales02");
        var id = await DraftAsync(await factory.SignInAsync("sales02"), deal, ("MD-PUMP-50", 1, 0m));
        var from = await UserIdAsync(factory, "sales02");
        var to = await UserIdAsync(factory, "sales03");
        await HandleAsync(new OwnershipHandedOver(
            Guid.NewGuid(), factory.Clock.GetCurrentInstant(), null, Guid.NewGuid(), from, [new HandOverTransfer(to, "Deal", 1, [deal])]));

        Assert.Equal(to, (await QuoteAsync(factory, id)).OwnerId);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await (await factory.SignInAsync("sales03")).GetAsync($"/Quotes/Details/{id}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await (await factory.SignInAsync("sales02")).GetAsync($"/Quotes/Details/{id}")).StatusCode);
    }

    [Fact]
    public async Task Given_the_same_event_delivered_twice_Then_it_is_applied_once()
    {
        var deal = await OpenDealAsync(factory, "sales04");
        var evt = new DealQuotingEligibilityChanged(Guid.NewGuid(), factory.Clock.GetCurrentInstant(), null, deal, false, "阶段回退");
        await HandleAsync(evt);
        await HandleAsync(new DealQuotingEligibilityChanged(Guid.NewGuid(), factory.Clock.GetCurrentInstant(), null, deal, true, "重新满足"));
        await HandleAsync(evt); // redelivery of the older event must not flip it back

        var stored = await DbAsync(factory, db => db.Deals.AsNoTracking().SingleAsync(d => d.DealId == deal));
        Assert.True(stored.CanQuote);
    }

    [Fact]
    public async Task Given_customers_merged_Then_deals_of_the_merged_customer_belong_to_the_survivor()
    {
        var deal = await OpenDealAsync(factory, "sales05");
        var merged = await DbAsync(factory, db => db.Deals.AsNoTracking().Where(d => d.DealId == deal).Select(d => d.CustomerId).SingleAsync());
        var survivor = Guid.NewGuid();
        await HandleAsync(new CustomerRegistered(
            Guid.NewGuid(), factory.Clock.GetCurrentInstant(), null, survivor, "C-SURV", "存续客户", null, null, "医院"));
        await HandleAsync(new CustomersMerged(Guid.NewGuid(), factory.Clock.GetCurrentInstant(), null, survivor, merged, "C-SURV", "C-OLD"));

        var stored = await DbAsync(factory, db => db.Deals.AsNoTracking().SingleAsync(d => d.DealId == deal));
        Assert.Equal(survivor, stored.CustomerId);
        Assert.Equal("存续客户", stored.CustomerName);
    }
}
