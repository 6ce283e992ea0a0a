using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>FollowUpLogged.LeadId and DealOpened.LeadId: which lead a follow-up touched and a deal was opened from.</summary>
public sealed class LeadLinkTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private Task<List<T>> EventsAsync<T>() => factory.QueryAsync(async db => (await db.Outbox.AsNoTracking()
            .Where(o => o.Type.StartsWith($"SalesSuite.Leads.Contracts.{typeof(T).Name},")).ToListAsync())
        .Select(o => (T)EventSerializer.Deserialize(o.Type, o.Payload)).ToList());

    private async Task<Guid> ClaimAsync(HttpClient client)
    {
        var leadId = await factory.QueryAsync(db =>
            db.Leads.Where(l => l.Status == LeadStatus.Pool && l.CustomerId == null).OrderBy(l => l.CreatedAt).Select(l => l.Id).FirstAsync());
        var response = await client.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={leadId}", [], "/Leads/Pool");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return leadId;
    }

    private static async Task FollowUpAsync(HttpClient client, string field, Guid id)
    {
        var response = await client.PostFormAsync("/Leads/FollowUps/New", new()
        {
            [field] = id.ToString(), ["Form.Objective"] = "EstablishContact", ["Form.Summary"] = "电话确认需求",
        }, "/Leads/FollowUps/New");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task OpenDealAsync(HttpClient client, Guid customerId, string title)
    {
        var response = await client.PostFormAsync($"/Leads/Customers/Detail/{customerId}?handler=OpenDeal",
            new() { ["title"] = title, ["amount"] = "120000" }, $"/Leads/Customers/Detail/{customerId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Given_leads_followed_up_into_a_customer_When_deals_are_opened_Then_each_lead_is_linked_once_latest_claimed_first()
    {
        var sales = await factory.SignInAsync("sales02");
        var converted = await ClaimAsync(sales);
        await FollowUpAsync(sales, "Form.LeadId", converted);
        var customerId = (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == converted))).CustomerId!.Value;
        Assert.Equal(converted, Assert.Single(await EventsAsync<FollowUpLogged>(), e => e.CustomerId == customerId).LeadId);

        // A second lead of the same company, linked to the customer at intake, claimed later and still only claimed.
        factory.Clock.Advance(Duration.FromMinutes(10));
        var claimed = await ClaimAsync(sales);
        await factory.QueryAsync(db => db.Leads.Where(l => l.Id == claimed).ExecuteUpdateAsync(s => s.SetProperty(l => l.CustomerId, customerId)));
        await FollowUpAsync(sales, "Form.CustomerId", customerId);
        var touched = (await EventsAsync<FollowUpLogged>()).Where(e => e.CustomerId == customerId).Select(e => e.LeadId).ToList();
        Assert.Equal(2, touched.Count);
        Assert.Contains(claimed, touched);
        await FollowUpAsync(sales, "Form.CustomerId", customerId);
        Assert.Equal(1, (await EventsAsync<FollowUpLogged>()).Count(e => e.CustomerId == customerId && e.LeadId is null));
        Assert.Equal(LeadStatus.Claimed, (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == claimed))).Status);

        await OpenDealAsync(sales, customerId, "链接测试一");
        await OpenDealAsync(sales, customerId, "链接测试二");
        await OpenDealAsync(sales, customerId, "链接测试三");

        var opened = (await EventsAsync<DealOpened>()).Where(e => e.CustomerId == customerId).ToDictionary(e => e.Title, e => e.LeadId);
        Assert.Equal((claimed, converted, (Guid?)null), (opened["链接测试一"], opened["链接测试二"], opened["链接测试三"]));
        var deals = await factory.QueryAsync(db => db.Deals.Where(d => d.CustomerId == customerId).ToDictionaryAsync(d => d.Title, d => d.LeadId));
        Assert.Equal(opened, deals);
    }

    [Fact]
    public async Task Given_a_customer_lead_of_another_owner_When_a_deal_is_opened_Then_it_has_no_lead()
    {
        var sales = await factory.SignInAsync("sales03");
        var lead = await ClaimAsync(sales);
        await FollowUpAsync(sales, "Form.LeadId", lead);
        var customerId = (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == lead))).CustomerId!.Value;
        var other = await factory.UserIdAsync("sales04");
        await factory.QueryAsync(db => db.Leads.Where(l => l.Id == lead).ExecuteUpdateAsync(s => s.SetProperty(l => l.OwnerId, other)));

        await OpenDealAsync(sales, customerId, "他人线索测试");

        Assert.Null(Assert.Single(await EventsAsync<DealOpened>(), e => e.Title == "他人线索测试").LeadId);
    }
}
