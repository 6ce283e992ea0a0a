namespace SalesSuite.Host.Notifications.Channels;

/// <summary>What one delivery sends, already in the recipient's language, with an absolute link to the record.</summary>
public sealed record ChannelMessage(
    string IdempotencyKey,
    Guid NotificationId,
    DeliveryChannel Channel,
    string SourceModule,
    string TextKey,
    string Culture,
    string Subject,
    string Body,
    string? Link,
    string RecipientUserName,
    string RecipientName,
    string? Email,
    string? Mobile,
    Guid? RecipientTeamId = null);
