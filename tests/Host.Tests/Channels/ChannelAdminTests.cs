using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Host.Notifications.Channels;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Channels;

public sealed class ChannelAdminTests(ChannelAppFactory app) : IClassFixture<ChannelAppFactory>
{
    private async Task<ChannelDelivery> FailedDeliveryAsync()
    {
        await app.ConfigureAsync();
        var request = await app.NotifyAsync(await app.UserIdAsync("sales09"), null, "Leads", "Notify_LeadReleased", "/Leads/Pool", "Acme");
        return await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            var notification = await db.Notifications.SingleAsync(n => n.SourceEventId == request.EventId);
            var delivery = new ChannelDelivery(notification.Id, notification.RecipientUserId, DeliveryChannel.WeCom, app.Clock.GetCurrentInstant());
            delivery.MarkFailed(app.Clock.GetCurrentInstant(), "robot said no-" + delivery.Id.ToString("N")[..6], maxAttempts: 0);
            db.ChannelDeliveries.Add(delivery);
            await db.SaveChangesAsync();
            return delivery;
        });
    }

    [Fact]
    public async Task Given_a_failed_delivery_When_the_admin_requeues_with_a_stale_version_Then_409_and_with_the_shown_one_it_is_pending()
    {
        var failed = await FailedDeliveryAsync();
        var admin = await app.SignInAsync("admin", "en");
        var page = await admin.GetStringAsync("/Admin/Deliveries?Status=Failed");
        Assert.Contains($"data-delivery=\"{failed.Id}\"", page);
        Assert.Contains("robot said no-" + failed.Id.ToString("N")[..6], page);

        var url = $"/Admin/Deliveries?handler=Requeue&id={failed.Id}&version=";
        var stale = await admin.HtmxPostAsync(url + (failed.Version + 1), [], "/Admin/Deliveries");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var requeued = await admin.HtmxPostAsync(url + failed.Version, [], "/Admin/Deliveries");
        Assert.Equal(HttpStatusCode.OK, requeued.StatusCode);

        var row = await app.InScopeAsync(sp =>
            sp.GetRequiredService<HostDbContext>().ChannelDeliveries.AsNoTracking().SingleAsync(d => d.Id == failed.Id));
        Assert.Equal(DeliveryStatus.Pending, row.Status);
        Assert.Equal(0, row.Attempts);
        var again = await admin.HtmxPostAsync(url + row.Version, [], "/Admin/Deliveries");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode); // only a failed one can be requeued
    }

    [Fact]
    public async Task Given_deliveries_When_the_admin_exports_the_log_Then_the_CSV_has_the_key_status_and_error()
    {
        var failed = await FailedDeliveryAsync();
        var admin = await app.SignInAsync("admin", "en");

        var response = await admin.GetAsync($"/Admin/Deliveries?handler=Csv&Status=Failed&Channel=WeCom&UserId={failed.RecipientUserId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString());
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Idempotency key", csv);
        Assert.Contains(failed.IdempotencyKey, csv);
        Assert.Contains(",Failed,", csv);
        Assert.Contains("robot said no-" + failed.Id.ToString("N")[..6], csv);
    }

    [Fact]
    public async Task Given_the_admin_When_saving_a_DingTalk_robot_Then_it_is_stored_with_its_secret_never_shown_and_a_bad_address_is_refused()
    {
        var admin = await app.SignInAsync("admin", "en");
        var bad = await admin.PostFormAsync("/Admin/Channels?handler=Robot",
            new() { ["Robot.Channel"] = "DingTalk", ["Robot.Enabled"] = "true", ["Robot.Url"] = "not a url", ["Robot.Version"] = "0" },
            "/Admin/Channels");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Enter a full http(s) address.", await bad.Content.ReadAsStringAsync());

        var version = await app.InScopeAsync(async sp =>
            (await sp.GetRequiredService<HostDbContext>().ChannelRobots.AsNoTracking()
                .SingleOrDefaultAsync(r => r.Channel == DeliveryChannel.DingTalk))?.Version ?? 0);
        var saved = await admin.PostFormAsync("/Admin/Channels?handler=Robot", new()
        {
            ["Robot.Channel"] = "DingTalk", ["Robot.Enabled"] = "true", ["Robot.Url"] = "https://oapi.dingtalk.com/robot/send?access_token=x",
            ["Robot.Secret"] = "SECsupersecret", ["Robot.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "/Admin/Channels");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await admin.GetStringAsync("/Admin/Channels");
        Assert.Contains("https://oapi.dingtalk.com/robot/send?access_token=x", page);
        Assert.DoesNotContain("SECsupersecret", page);
        Assert.Contains("A secret is stored", page);
    }

    [Theory]
    [InlineData("/Admin/Channels")]
    [InlineData("/Admin/Deliveries")]
    [InlineData("/Admin/Deliveries?handler=Csv")]
    public async Task Given_a_salesperson_When_opening_the_channel_admin_Then_it_is_refused(string url)
    {
        var sales = await app.SignInAsync("sales01");

        var response = await sales.GetAsync(url);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("data-testid=\"deliveries-table\"", await response.Content.ReadAsStringAsync());
    }
}
