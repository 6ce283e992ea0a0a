using NodaTime;
using SalesSuite.Host.Notifications.Channels;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Tests.Channels;

public sealed class ChannelRulesTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(5, 480)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(20, 3600)]
    public void Given_n_failed_attempts_Then_the_next_try_waits_exponentially_capped_at_an_hour(int attempts, int seconds)
    {
        Assert.Equal(Duration.FromSeconds(seconds), DeliveryBackoff.After(attempts));
    }

    [Fact]
    public void Given_a_known_timestamp_and_secret_When_signing_for_DingTalk_Then_the_sign_matches_an_independent_computation()
    {
        // Computed outside .NET: base64(HMAC-SHA256(secret, "1700000000000\n" + secret)).
        const string expected = "TSZbRFUuvaSQaRKUpF970OPCb2/LcQAP3wOvwZIzBZk=";

        Assert.Equal(expected, DingTalkSignature.Base64(1700000000000, "SEC0123456789abcdef"));
        Assert.Equal(
            "https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000000&sign=TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D",
            DingTalkSignature.SignedUrl("https://oapi.dingtalk.com/robot/send?access_token=t", 1700000000000, "SEC0123456789abcdef"));
    }

    [Fact]
    public void Given_a_body_and_a_secret_When_signing_a_webhook_Then_it_is_the_hex_HMAC_SHA256()
    {
        Assert.Equal("sha256=c3a92ff9e274cdcce27a58c15a78ec6dcbbdbd0038a87e7a11baef2028fd8bff", WebhookSignature.For("{\"a\":1}", "k"));
    }

    [Theory]
    [InlineData(Roles.GeneralManager, DeliveryChannel.WeCom | DeliveryChannel.DingTalk)]
    [InlineData(Roles.SalesDirector, DeliveryChannel.WeCom | DeliveryChannel.DingTalk)]
    [InlineData(Roles.Finance, DeliveryChannel.Email)]
    [InlineData(Roles.Legal, DeliveryChannel.Email)]
    [InlineData(Roles.Salesperson, DeliveryChannel.WeCom)]
    [InlineData(Roles.RegionalManager, DeliveryChannel.WeCom)]
    [InlineData(Roles.Admin, DeliveryChannel.None)]
    [InlineData(Roles.Tech, DeliveryChannel.None)]
    public void Given_a_role_Then_its_default_channels_follow_where_that_person_works(string role, DeliveryChannel expected)
    {
        Assert.Equal(expected, ChannelDefaults.For([role]));
    }

    [Fact]
    public void Given_several_roles_Then_the_defaults_add_up()
    {
        Assert.Equal(DeliveryChannel.Email | DeliveryChannel.WeCom, ChannelDefaults.For([Roles.Finance, Roles.Salesperson]));
    }

    [Fact]
    public void Given_a_delivery_When_every_allowed_attempt_fails_Then_it_backs_off_and_finally_fails_and_only_then_can_be_requeued()
    {
        var delivery = new ChannelDelivery(Guid.NewGuid(), Guid.NewGuid(), DeliveryChannel.Email, Now);
        Assert.Throws<DomainException>(() => delivery.Requeue(Now));
        Claim(delivery);
        delivery.MarkFailed(Now, "connection refused", maxAttempts: 2);
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(Now + Duration.FromSeconds(30), delivery.NextAttemptAt);

        Claim(delivery);
        delivery.MarkFailed(Now, "connection refused", maxAttempts: 2);
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);

        delivery.Requeue(Now);
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(0, delivery.Attempts);
    }

    [Fact]
    public void Given_a_notification_and_a_channel_Then_the_idempotency_key_is_stable_and_differs_per_channel()
    {
        var id = Guid.Parse("8f0c1d52-0000-4000-8000-000000000001");
        Assert.Equal("8f0c1d52000040008000000000000001-email", ChannelDelivery.KeyFor(id, DeliveryChannel.Email));
        Assert.NotEqual(ChannelDelivery.KeyFor(id, DeliveryChannel.Email), ChannelDelivery.KeyFor(id, DeliveryChannel.WeCom));
        Assert.Equal("k@example.test", EmailSender.MessageIdFor("k", "crm@example.test"));
    }

    /// <summary>The dispatcher counts an attempt when it claims a row (in SQL); the same, in memory.</summary>
    private static void Claim(ChannelDelivery delivery) =>
        typeof(ChannelDelivery).GetProperty(nameof(ChannelDelivery.Attempts))!.SetValue(delivery, delivery.Attempts + 1);
}
