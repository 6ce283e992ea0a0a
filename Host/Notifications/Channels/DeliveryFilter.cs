namespace SalesSuite.Host.Notifications.Channels;

public sealed class DeliveryFilter
{
    public DeliveryStatus? Status { get; set; }
    public DeliveryChannel? Channel { get; set; }
    public Guid? UserId { get; set; }
}
