namespace SalesSuite.Host.Notifications.Channels;

/// <summary>Sends one message over one channel; throws when it did not arrive (the dispatcher retries).</summary>
internal interface IChannelSender
{
    bool Handles(DeliveryChannel channel);

    Task SendAsync(ChannelMessage message, CancellationToken cancellationToken);
}
