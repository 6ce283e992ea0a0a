using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>The deal read model is fed only by Leads' events, each applied once.</summary>
public sealed class LeadsEventTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    [Fact]
    public async Task Given_a_deal_loses_quoting_eligibility_Then_a_new_quote_is_refused_with_the_reason()
    {
        var deal = await OpenDealAsync(factory, "sales01");
        await factory.ConsumeAsync(Events.DealQuotingEligibilityChanged(dealId: deal, canQuote: false, reason: "缺少样品测试完成日期"));
        var sales = await factory.SignInAsync("sales01");
        var page = await FlashAsync(sales, await sales.PostFormAsync("/Quotes/New", new() { ["dealId"] = deal.ToString() }, "/Quotes/New"));
        Assert.Contains("缺少样品测试完成日期", page);
    }

    [Fact]
    public async Task Given_a_hand_over_of_a_deal_Then_the_deal_and_its_quotes_move_to_the_new_owner()
    {
        var deal = await OpenDealAsync(factory, "sales02");
        var id = await DraftAsync(await factory.SignInAsync("sales02"), deal, ("MD-PUMP-50", 1, 0m));
        var from = await factory.UserIdAsync("sales02");
        var to = await factory.UserIdAsync("sales03");
        await factory.ConsumeAsync(Events.OwnershipHandedOver(fromUserId: from, toUserId: to, dealIds: [deal]));

        Assert.Equal(to, (await QuoteAsync(factory, id)).OwnerId);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await (await factory.SignInAsync("sales03")).GetAsync($"/Quotes/Details/{id}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await (await factory.SignInAsync("sales02")).GetAsync($"/Quotes/Details/{id}")).StatusCode);
    }

    [Fact]
    public async Task Given_the_same_event_delivered_twice_Then_it_is_applied_once()
    {
        var deal = await OpenDealAsync(factory, "sales04");
        var evt = Events.DealQuotingEligibilityChanged(dealId: deal, canQuote: false, reason: "阶段回退");
        await factory.ConsumeAsync(evt);
        await factory.ConsumeAsync(Events.DealQuotingEligibilityChanged(dealId: deal, canQuote: true, reason: "重新满足"));
        await factory.ConsumeAsync(evt); // redelivery of the older event must not flip it back

        var stored = await DbAsync(factory, db => db.Deals.AsNoTracking().SingleAsync(d => d.DealId == deal));
        Assert.True(stored.CanQuote);
    }

    [Fact]
    public async Task Given_customers_merged_Then_deals_of_the_merged_customer_belong_to_the_survivor()
    {
        var deal = await OpenDealAsync(factory, "sales05");
        var merged = await DbAsync(factory, db => db.Deals.AsNoTracking().Where(d => d.DealId == deal).Select(d => d.CustomerId).SingleAsync());
        var survivor = Guid.NewGuid();
        await factory.ConsumeAsync(Events.CustomerRegistered(customerId: survivor, code: "C-SURV", name: "存续客户", industry: null, customerType: "医院"));
        await factory.ConsumeAsync(Events.CustomersMerged(
            survivorCustomerId: survivor, mergedCustomerId: merged, survivorCode: "C-SURV", mergedCode: "C-OLD"));

        var stored = await DbAsync(factory, db => db.Deals.AsNoTracking().SingleAsync(d => d.DealId == deal));
        Assert.Equal(survivor, stored.CustomerId);
        Assert.Equal("存续客户", stored.CustomerName);
    }

    [Fact]
    public async Task Given_a_retried_stage_change_arrives_after_a_newer_hand_over_Then_the_owner_and_stage_are_not_reverted()
    {
        var deal = await OpenDealAsync(factory, "sales06");
        var from = await factory.UserIdAsync("sales06");
        var to = await factory.UserIdAsync("sales07");
        // Leads committed the stage change (sequence 1) and then the hand-over (2); the stage change failed in Quotes
        // and its retry arrives after the hand-over.
        var retried = Events.DealStageChanged(dealId: deal, ownerId: from, fromStage: "商务谈判", toStage: "样品测试", sequence: 1);
        await factory.ConsumeAsync(Events.OwnershipHandedOver(fromUserId: from, toUserId: to, dealIds: [deal], sequence: 2));
        await factory.ConsumeAsync(retried);
        await factory.ConsumeAsync(Events.DealQuotingEligibilityChanged(dealId: deal, canQuote: false, reason: "阶段回退", sequence: 1));

        var stored = await DbAsync(factory, db => db.Deals.AsNoTracking().SingleAsync(d => d.DealId == deal));
        Assert.Equal(to, stored.OwnerId);
        Assert.Equal("商务谈判", stored.Stage);
        Assert.True(stored.CanQuote);
        Assert.Equal(2, stored.Sequence);
    }

    [Fact]
    public async Task Given_deal_events_in_order_Then_each_newer_one_is_applied()
    {
        var deal = await OpenDealAsync(factory, "sales08");
        var owner = await factory.UserIdAsync("sales08");
        await factory.ConsumeAsync(Events.DealStageChanged(dealId: deal, ownerId: owner, fromStage: "商务谈判", toStage: "样品测试", sequence: 1));
        await factory.ConsumeAsync(Events.DealQuotingEligibilityChanged(dealId: deal, canQuote: false, reason: "阶段回退", sequence: 1));
        await factory.ConsumeAsync(Events.DealStageChanged(dealId: deal, ownerId: owner, fromStage: "样品测试", toStage: "合同", sequence: 2));

        var stored = await DbAsync(factory, db => db.Deals.AsNoTracking().SingleAsync(d => d.DealId == deal));
        Assert.Equal("合同", stored.Stage);
        Assert.False(stored.CanQuote);
        Assert.Equal(2, stored.Sequence);
    }
}
