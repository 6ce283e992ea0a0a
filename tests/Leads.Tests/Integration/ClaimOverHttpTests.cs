using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>The claim as the pool board sends it (htmx POST, antiforgery header) through the real host and SQLite.</summary>
public sealed class ClaimOverHttpTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private const string LostZh = "该线索刚刚已被其他人领取";
    private const string LostEn = "Someone else claimed this lead a moment before you";

    [Fact]
    public async Task Given_ten_people_posting_a_claim_of_one_lead_at_once_Then_one_200_and_nine_409_with_the_message_in_their_language()
    {
        var leadId = await PoolLeadWithCustomerAsync(skip: 0);
        var people = new[] { "sales01", "sales02", "sales03", "sales04", "sales05", "sales06", "sales07", "sales08", "sales09", "mgr.east" };
        var claimants = new List<(HttpClient Client, string Token, string Culture)>();
        foreach (var (name, i) in people.Select((n, i) => (n, i)))
        {
            var culture = i % 2 == 0 ? "zh-CN" : "en";
            var client = await factory.SignInAsync(name, culture);
            claimants.Add((client, SignedInClient.AntiforgeryToken(await client.GetStringAsync("/Leads/Pool")), culture));
        }

        using var start = new ManualResetEventSlim(false);
        var attempts = claimants.Select(c => Task.Run(async () =>
        {
            start.Wait();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/Leads/Pool?handler=Claim&id={leadId}")
            {
                Content = new FormUrlEncodedContent([]),
            };
            request.Headers.Add("HX-Request", "true");
            request.Headers.Add("RequestVerificationToken", c.Token);
            using var response = await c.Client.SendAsync(request);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), c.Culture,
                Trigger: response.Headers.TryGetValues("HX-Trigger", out var t) ? string.Join(",", t) : "");
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o.StatusCode == HttpStatusCode.OK);
        var losers = outcomes.Where(o => o.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(9, losers.Count);
        Assert.All(losers, l => Assert.Equal(HttpStatusCode.Conflict, l.StatusCode));
        Assert.All(losers, l => Assert.Contains(l.Culture == "en" ? LostEn : LostZh, l.Body));
        Assert.All(losers, l => Assert.Contains("boardChanged", l.Trigger));
        Assert.Equal(1, await factory.QueryAsync(db =>
            db.OperationLog.CountAsync(o => o.Operation == "Lead.Claim" && o.EntityId == leadId.ToString())));
    }

    [Fact]
    public async Task Given_a_claim_wins_Then_the_lead_the_log_the_event_the_timeline_and_the_pool_stamp_all_change_in_one_commit()
    {
        var leadId = await PoolLeadWithCustomerAsync(skip: 1);
        var (customerId, company) = await factory.QueryAsync(async db =>
        {
            var lead = await db.Leads.SingleAsync(l => l.Id == leadId);
            return (lead.CustomerId!.Value, lead.Company);
        });
        var stampBefore = await PoolStampAsync();
        var me = await factory.UserIdAsync("sales06");
        var client = await factory.SignInAsync("sales06");

        var response = await client.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={leadId}", [], "/Leads/Pool");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("领取成功", await response.Content.ReadAsStringAsync());
        Assert.Contains("boardChanged", string.Join(",", response.Headers.GetValues("HX-Trigger")));
        var lead = await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == leadId));
        Assert.Equal((LeadStatus.Claimed, me), (lead.Status, lead.OwnerId!.Value));
        Assert.NotNull(lead.ReleaseDeadline);
        var log = await factory.QueryAsync(db => db.OperationLog.SingleAsync(o => o.Operation == "Lead.Claim" && o.EntityId == leadId.ToString()));
        Assert.Equal(me, log.ActorUserId);
        Assert.Contains(log.ReadChanges(), c => c.Field == nameof(Lead.Status) && c.After == nameof(LeadStatus.Claimed));
        var events = await factory.QueryAsync(db => db.Outbox.Where(o => o.Type.Contains("LeadClaimed")).Select(o => o.Payload).ToListAsync());
        Assert.Single(events, p => p.Contains(leadId.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, await factory.QueryAsync(db => db.Timeline.CountAsync(t =>
            t.CustomerId == customerId && t.TextKey == "Timeline_LeadClaimed" && t.Arguments == company)));
        Assert.NotEqual(stampBefore, await PoolStampAsync());
    }

    [Fact]
    public async Task Given_a_lead_no_longer_in_the_pool_When_claimed_from_a_stale_board_Then_409_with_the_message_and_nothing_is_written()
    {
        var leadId = await PoolLeadWithCustomerAsync(skip: 2);
        var first = await factory.SignInAsync("sales02");
        Assert.Equal(HttpStatusCode.OK, (await first.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={leadId}", [], "/Leads/Pool")).StatusCode);
        var stamp = await PoolStampAsync();
        var logRows = await factory.QueryAsync(db => db.OperationLog.CountAsync());
        var outbox = await factory.QueryAsync(db => db.Outbox.CountAsync());

        var late = await (await factory.SignInAsync("sales03", "en")).HtmxPostAsync($"/Leads/Pool?handler=Claim&id={leadId}", [], "/Leads/Pool");

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains(LostEn, await late.Content.ReadAsStringAsync());
        Assert.Equal(await factory.UserIdAsync("sales02"), (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == leadId))).OwnerId);
        Assert.Equal(logRows, await factory.QueryAsync(db => db.OperationLog.CountAsync()));
        Assert.Equal(outbox, await factory.QueryAsync(db => db.Outbox.CountAsync()));
        Assert.Equal(stamp, await PoolStampAsync());
    }

    /// <summary>A pool lead linked to a customer (so the claim also writes the customer's timeline).</summary>
    private Task<Guid> PoolLeadWithCustomerAsync(int skip) => factory.QueryAsync(async db =>
    {
        var leadId = await db.Leads.Where(l => l.Status == LeadStatus.Pool).OrderBy(l => l.Id).Skip(skip).Select(l => l.Id).FirstAsync();
        var customerId = await db.Customers.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        await db.Leads.Where(l => l.Id == leadId).ExecuteUpdateAsync(s => s.SetProperty(l => l.CustomerId, customerId));
        return leadId;
    });

    private Task<Guid> PoolStampAsync() =>
        factory.QueryAsync(db => db.BoardStamps.Where(s => s.Board == BoardStamp.Pool).Select(s => s.Value).SingleAsync());
}
