using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>
/// One notification to one person over one channel: an outbox row written with the bell row, sent by the dispatcher.
/// <see cref="IdempotencyKey"/> (notification id + channel) is unique and travels with the external message.
/// </summary>
public sealed class ChannelDelivery : IVersioned
{
    private ChannelDelivery() { IdempotencyKey = string.Empty; }

    public ChannelDelivery(Guid notificationId, Guid recipientUserId, DeliveryChannel channel, Instant createdAt)
    {
        Id = Guid.NewGuid();
        NotificationId = notificationId;
        RecipientUserId = recipientUserId;
        Channel = channel;
        IdempotencyKey = KeyFor(notificationId, channel);
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid NotificationId { get; private set; }
    public Guid RecipientUserId { get; private set; }
    public DeliveryChannel Channel { get; private set; }
    public string IdempotencyKey { get; private set; }
    public DeliveryStatus Status { get; private set; }
    /// <summary>Counted when an attempt is claimed, so a host dying mid-send still uses up an attempt.</summary>
    public int Attempts { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Instant NextAttemptAt { get; private set; }
    public Guid? LeaseOwner { get; private set; }
    public Instant? LeaseUntil { get; private set; }
    public Instant? SentAt { get; private set; }
    public string? LastError { get; private set; }
    public int Version { get; set; }

    public static string KeyFor(Guid notificationId, DeliveryChannel channel) =>
        $"{notificationId:N}-{channel.ToString().ToLowerInvariant()}";

    public void MarkSent(Instant now)
    {
        Status = DeliveryStatus.Sent;
        SentAt = now;
        LastError = null;
        LeaseOwner = null;
        LeaseUntil = null;
    }

    /// <summary>Back to Pending after the back-off, or Failed when this was the last allowed attempt.</summary>
    public void MarkFailed(Instant now, string error, int maxAttempts)
    {
        LastError = error.Length > 1000 ? error[..1000] : error;
        LeaseOwner = null;
        LeaseUntil = null;
        if (Attempts >= maxAttempts)
        {
            Status = DeliveryStatus.Failed;
            return;
        }
        Status = DeliveryStatus.Pending;
        NextAttemptAt = now + DeliveryBackoff.After(Attempts);
    }

    /// <summary>An admin sends a failed delivery again with a fresh set of attempts.</summary>
    public void Requeue(Instant now)
    {
        if (Status != DeliveryStatus.Failed)
        {
            throw new DomainException("Channels_Requeue_NotFailed");
        }
        Status = DeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }
}
