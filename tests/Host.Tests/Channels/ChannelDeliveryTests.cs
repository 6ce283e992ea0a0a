using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.Host.Notifications.Channels;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Channels;

/// <summary>Deliveries against real local listeners: an in-process SMTP server and an HTTP listener on 127.0.0.1.</summary>
public sealed class ChannelDeliveryTests(ChannelAppFactory app) : IClassFixture<ChannelAppFactory>
{
    private const string QuoteLink = "/Quotes/Quotes/Details/8f0c1d52-0000-4000-8000-000000000001";

    [Fact]
    public async Task Given_finance_in_English_and_legal_in_Chinese_When_a_quote_view_is_notified_Then_each_email_arrives_in_their_language()
    {
        await using var smtp = new SmtpSink();
        await app.ConfigureAsync(smtpPort: smtp.Port);
        await app.SetCultureAsync("finance", "en");
        await app.SetCultureAsync("legal", "zh-CN");
        var finance = await app.UserIdAsync("finance");
        var legal = await app.UserIdAsync("legal");

        var request = await app.NotifyAsync(finance, Roles.Legal, "Quotes", "Quote_Notify_Viewed", QuoteLink, "Acme 医疗", "Q-2026-001", "V2");
        var deliveries = await app.DeliveriesAsync(request);
        Assert.Equal(2, deliveries.Count(d => d.Channel == DeliveryChannel.Email));
        Assert.Equal(0, smtp.Connections); // queued with the bell row, nothing sent yet
        await app.DispatchAsync();

        var english = smtp.Messages.Single(m => m.To.Mailboxes.Single().Address == "finance@demo.salessuite.cn");
        var chinese = smtp.Messages.Single(m => m.To.Mailboxes.Single().Address == "legal@demo.salessuite.cn");
        Assert.Contains("Customer viewed: Acme 医疗 opened quote Q-2026-001 (V2).", english.Subject);
        Assert.Contains("Customer viewed: Acme 医疗 opened quote Q-2026-001 (V2).", english.TextBody);
        Assert.Contains("Open: " + ChannelAppFactory.PublicBaseUrl + QuoteLink, english.TextBody);
        Assert.Contains("客户已查看：Acme 医疗 打开了报价 Q-2026-001（V2）。", chinese.Subject);
        Assert.Contains("打开：" + ChannelAppFactory.PublicBaseUrl + QuoteLink, chinese.TextBody);
        var financeKey = deliveries.Single(d => d.RecipientUserId == finance).IdempotencyKey;
        Assert.Equal(financeKey + "@example.test", english.MessageId);
        Assert.Equal(financeKey, english.Headers["Idempotency-Key"]);
        Assert.Equal(deliveries.Single(d => d.RecipientUserId == legal).IdempotencyKey + "@example.test", chinese.MessageId);
        Assert.All(await app.DeliveriesAsync(request), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task Given_the_director_When_notified_Then_WeCom_and_DingTalk_robots_get_it_with_a_verifiable_signature_and_an_at_mention()
    {
        using var http = new HttpSink();
        const string secret = "SEC0123456789abcdef";
        await app.ConfigureAsync(robots:
        [
            (DeliveryChannel.WeCom, http.Url("/wecom/send?key=k1"), null),
            (DeliveryChannel.DingTalk, http.Url("/robot/send?access_token=t1"), secret),
        ]);
        var director = await app.UserIdAsync("director");

        var request = await app.NotifyAsync(director, null, "Quotes", "Quote_Notify_Viewed", QuoteLink, "Acme", "Q-9", "V1");
        await app.DispatchAsync();

        var keys = (await app.DeliveriesAsync(request)).ToDictionary(d => d.Channel, d => d.IdempotencyKey);
        // Only this notification's posts (rows left pending by other tests in this class may go to the same robots).
        var mine = http.Requests.Where(r => keys.ContainsValue(r.Headers["Idempotency-Key"])).ToList();
        var ding = mine.Single(r => r.PathAndQuery.StartsWith("/robot/send", StringComparison.Ordinal));
        var query = HttpUtility.ParseQueryString(new Uri("http://x" + ding.PathAndQuery).Query);
        Assert.Equal("t1", query["access_token"]);
        var timestamp = query["timestamp"]!;
        Assert.Equal(app.Clock.GetCurrentInstant().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), timestamp);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "\n" + secret)));
        Assert.Equal(expected, query["sign"]); // ParseQueryString url-decoded it: the URL carried it encoded
        Assert.Contains("sign=" + Uri.EscapeDataString(expected), ding.PathAndQuery);
        Assert.Equal(keys[DeliveryChannel.DingTalk], ding.Headers["Idempotency-Key"]);
        using var dingBody = JsonDocument.Parse(ding.Body);
        Assert.Equal("13800000002", dingBody.RootElement.GetProperty("at").GetProperty("atMobiles")[0].GetString());
        var content = dingBody.RootElement.GetProperty("text").GetProperty("content").GetString()!;
        Assert.Contains("客户已查看：Acme 打开了报价 Q-9（V1）。", content); // the director's saved language is zh-CN
        Assert.Contains(ChannelAppFactory.PublicBaseUrl + QuoteLink, content);
        Assert.Contains("@13800000002", content);

        var wecom = mine.Single(r => r.PathAndQuery == "/wecom/send?key=k1");
        using var wecomBody = JsonDocument.Parse(wecom.Body);
        Assert.Equal("13800000002", wecomBody.RootElement.GetProperty("text").GetProperty("mentioned_mobile_list")[0].GetString());
        Assert.Equal(keys[DeliveryChannel.WeCom], wecom.Headers["Idempotency-Key"]);
    }

    [Fact]
    public async Task Given_a_webhook_that_fails_once_When_retried_after_the_back_off_Then_exactly_one_success_and_no_duplicate()
    {
        using var http = new HttpSink(failures: 1);
        await app.ConfigureAsync(robots: [(DeliveryChannel.Webhook, http.Url("/hook"), "hook-secret")]);
        var user = await app.UserIdAsync("sales04");
        await SetPreferenceAsync(user, "Quotes", "Quote_Notify_Accepted", DeliveryChannel.Webhook);

        var request = await app.NotifyAsync(user, null, "Quotes", "Quote_Notify_Accepted", QuoteLink, "Acme", "Q-7", "V3");
        await app.DispatchAsync();
        var failed = Assert.Single(await app.DeliveriesAsync(request));
        List<HttpSink.Received> Posts() => http.Requests.Where(r => r.Headers["Idempotency-Key"] == failed.IdempotencyKey).ToList();
        Assert.Equal(DeliveryStatus.Pending, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("500", failed.LastError);

        await app.DispatchAsync(); // not due yet: the back-off holds it
        Assert.Single(Posts());
        app.Clock.Advance(DeliveryBackoff.After(1) + Duration.FromSeconds(1));
        await app.DispatchAsync();
        await app.DispatchAsync();

        var posts = Posts();
        Assert.Equal([500, 200], posts.Select(p => p.AnsweredWith));
        Assert.All(posts, p => Assert.Equal("/hook", p.PathAndQuery));
        var sent = Assert.Single(await app.DeliveriesAsync(request));
        Assert.Equal(DeliveryStatus.Sent, sent.Status);
        Assert.Equal(sent.IdempotencyKey, posts[1].Headers["Idempotency-Key"]);
        using var body = JsonDocument.Parse(posts[1].Body);
        Assert.Equal(sent.IdempotencyKey, body.RootElement.GetProperty("idempotencyKey").GetString());
        Assert.Equal(WebhookSignature.For(posts[1].Body, "hook-secret"), posts[1].Headers[WebhookSignature.Header]);
    }

    [Fact]
    public async Task Given_two_hosts_dispatching_at_once_When_rows_are_due_Then_each_message_is_sent_once()
    {
        using var http = new HttpSink();
        await app.ConfigureAsync(robots: [(DeliveryChannel.WeCom, http.Url("/race"), null)]);

        var request = await app.NotifyAsync(null, Roles.Salesperson, "Leads", "Notify_LeadAssigned", "/Leads/My", "Acme", "Zhang");
        var expected = (await app.DeliveriesAsync(request)).Select(d => d.IdempotencyKey).ToHashSet();
        var queued = expected.Count;
        Assert.True(queued >= 5, $"only {queued} salespeople queued");
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => app.DispatchAsync())));

        var keys = http.Requests.Select(r => r.Headers["Idempotency-Key"]).Where(expected.Contains).ToList();
        Assert.Equal(queued, keys.Count);
        Assert.Equal(queued, keys.Distinct().Count());
    }

    [Fact]
    public async Task Given_a_person_who_turned_WeCom_off_on_the_preferences_page_When_notified_Then_only_colleagues_on_the_default_get_it()
    {
        using var http = new HttpSink();
        await app.ConfigureAsync(robots: [(DeliveryChannel.WeCom, http.Url("/prefs"), null)]);
        var client = await app.SignInAsync("sales05", "en");
        var page = await client.GetStringAsync("/Notifications/Preferences");
        Assert.Contains("data-type=\"Leads:Notify_LeadReleased\"", page);
        Assert.Contains("value=\"Leads:Notify_LeadReleased:WeCom\" checked", page); // the salesperson's default

        var saved = await client.PostFormAsync("/Notifications/Preferences",
            new() { ["t"] = "Leads:Notify_LeadReleased" }, "/Notifications/Preferences");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("value=\"Leads:Notify_LeadReleased:WeCom\" checked", await client.GetStringAsync("/Notifications/Preferences"));

        var off = await app.NotifyAsync(await app.UserIdAsync("sales05"), null, "Leads", "Notify_LeadReleased", "/Leads/Pool", "Acme");
        var on = await app.NotifyAsync(await app.UserIdAsync("sales06"), null, "Leads", "Notify_LeadReleased", "/Leads/Pool", "Acme");
        var other = await app.NotifyAsync(await app.UserIdAsync("sales05"), null, "Leads", "Notify_LeadAssigned", "/Leads/My", "Acme", "Li");

        Assert.Empty(await app.DeliveriesAsync(off));
        Assert.Equal(DeliveryChannel.WeCom, Assert.Single(await app.DeliveriesAsync(on)).Channel);
        Assert.Equal(DeliveryChannel.WeCom, Assert.Single(await app.DeliveriesAsync(other)).Channel); // other types keep the default
    }

    [Fact]
    public async Task Given_a_dead_SMTP_server_When_the_admin_sends_a_test_Then_the_request_only_queues_it_and_the_dispatcher_records_the_timeout()
    {
        await using var dead = new SmtpSink(silent: true);
        await app.ConfigureAsync(smtpPort: dead.Port);
        var admin = await app.SignInAsync("admin", "en");

        var response = await admin.PostFormAsync("/Admin/Channels?handler=Test&channel=Email", [], "/Admin/Channels");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, dead.Connections); // the request never touched the SMTP server
        var adminId = await app.UserIdAsync("admin");
        var queued = await app.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().ChannelDeliveries.AsNoTracking()
            .Where(d => d.RecipientUserId == adminId && d.Channel == DeliveryChannel.Email).OrderByDescending(d => d.CreatedAt).FirstAsync());
        Assert.Equal(DeliveryStatus.Pending, queued.Status);
        Assert.Equal(0, queued.Attempts);

        await app.DispatchAsync();
        var after = await app.InScopeAsync(sp =>
            sp.GetRequiredService<HostDbContext>().ChannelDeliveries.AsNoTracking().SingleAsync(d => d.Id == queued.Id));
        Assert.Equal(DeliveryStatus.Pending, after.Status);
        Assert.Equal(1, after.Attempts);
        Assert.Contains("Timed out", after.LastError);
        Assert.True(dead.Connections >= 1);
    }

    private Task SetPreferenceAsync(Guid user, string module, string key, DeliveryChannel channels) =>
        app.InScopeAsync(sp => sp.GetRequiredService<PreferenceCommands>().SaveAsync(
            user, DeliveryChannel.None, new Dictionary<(string, string), DeliveryChannel> { [(module, key)] = channels }, CancellationToken.None));
}
