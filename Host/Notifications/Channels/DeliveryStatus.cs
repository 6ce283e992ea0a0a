namespace SalesSuite.Host.Notifications.Channels;

public enum DeliveryStatus
{
    Pending = 0,
    /// <summary>Claimed by one host under a lease; a host that dies leaves it to be reclaimed when the lease ends.</summary>
    Sending = 1,
    Sent = 2,
    /// <summary>Gave up after the last attempt; an admin can requeue it.</summary>
    Failed = 3,
}
