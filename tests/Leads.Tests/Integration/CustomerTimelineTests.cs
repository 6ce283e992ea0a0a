using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class CustomerTimelineTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_the_tech_stage_is_left_When_moving_Then_quoting_becomes_eligible_and_the_timeline_shows_it()
    {
        var (deal, field, next) = await factory.QueryAsync(async db =>
        {
            var stages = await db.Stages.Include(s => s.Fields).OrderBy(s => s.Position).ToListAsync();
            var deal = await db.Deals.SingleAsync(d => d.Title.Contains("恒清"));
            return (deal, stages[0].Fields.Single(), stages[1]);
        });
        Assert.False(deal.CanQuote);
        var client = await factory.SignInAsync("sales01");
        var response = await client.HtmxPostAsync($"/Leads/Deals?handler=Move&id={deal.Id}",
            new() { ["targetStageId"] = next.Id.ToString(), ["version"] = deal.Version.ToString(), [$"f_{field.Id}"] = "风量 12000m³/h，过滤精度 1μm" },
            "/Leads/Deals");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.True((await factory.QueryAsync(db => db.Deals.SingleAsync(d => d.Id == deal.Id))).CanQuote);
        var eligibility = await factory.QueryAsync(db => db.Outbox
            .Where(o => o.Type.Contains("DealQuotingEligibilityChanged"))
            .Select(o => o.Payload)
            .ToListAsync());
        Assert.Contains(eligibility, p => p.Contains(deal.Id.ToString(), StringComparison.OrdinalIgnoreCase));
        var timeline = await client.GetStringAsync($"/Leads/Customers/Detail/{deal.CustomerId}");
        Assert.Contains("技术确认 → 样品测试", timeline);
    }

    [Fact]
    public async Task Given_a_quote_event_from_quotes_When_delivered_Then_it_appears_on_the_customer_timeline_once()
    {
        var customerId = await factory.QueryAsync(db => db.Customers.Where(c => c.Name.Contains("娃哈哈")).Select(c => c.Id).SingleAsync());
        var viewed = Events.QuoteViewed(customerId: customerId, version: "V3.2");
        await factory.ConsumeAsync(viewed);
        await factory.ConsumeAsync(viewed);
        Assert.Equal(1, await factory.QueryAsync(db =>
            db.Timeline.CountAsync(t => t.CustomerId == customerId && t.TextKey == "Timeline_QuoteViewed")));
        var client = await factory.SignInAsync("sales02");
        Assert.Contains("客户查看了报价 V3.2", await client.GetStringAsync($"/Leads/Customers/Detail/{customerId}"));
    }

    [Fact]
    public async Task Given_two_duplicate_customers_When_the_manager_merges_Then_history_moves_and_the_duplicate_points_to_the_survivor()
    {
        var (survivor, duplicate) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SalesSuite.Leads.Data.LeadsDbContext>();
            var original = await db.Customers.SingleAsync(c => c.Name.Contains("海天"));
            var copy = new Customer(
                Guid.NewGuid(), "C0011EXP-9",
                new LeadDetails("王磊", "宁波海天精密机械（有限公司）", "138 0574 0011", "展会扫码", "汽车零部件", null, null, null),
                original.OwnerId, factory.Clock.GetCurrentInstant());
            db.Customers.Add(copy);
            db.FollowUps.Add(new FollowUp(
                Guid.NewGuid(), copy.Id, null, original.OwnerId!.Value, FollowUpObjective.CollectFeedback,
                "重复客户下的跟进", "", null, false, factory.Clock.GetCurrentInstant()));
            await db.SaveChangesAsync();
            return (original.Id, copy);
        });
        var client = await factory.SignInAsync("mgr.east");
        var response = await client.PostFormAsync(
            $"/Leads/Customers/Detail/{survivor}?handler=Merge", new() { ["mergeCode"] = duplicate.Code }, $"/Leads/Customers/Detail/{survivor}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(survivor, (await factory.QueryAsync(db => db.Customers.SingleAsync(c => c.Id == duplicate.Id))).MergedIntoId);
        Assert.True(await factory.QueryAsync(db => db.FollowUps.AnyAsync(f => f.CustomerId == survivor && f.Summary == "重复客户下的跟进")));
        Assert.Equal(1, await factory.OutboxCountAsync("CustomersMerged"));

        var sales = await factory.SignInAsync("sales01");
        var denied = await sales.PostFormAsync(
            $"/Leads/Customers/Detail/{survivor}?handler=Merge", new() { ["mergeCode"] = "C0022WEB" }, $"/Leads/Customers/Detail/{survivor}");
        Assert.Contains("AccessDenied", denied.Headers.Location?.ToString());
    }
}
