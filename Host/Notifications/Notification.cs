using NodaTime;

namespace SalesSuite.Host.Notifications;

/// <summary>An in-app notification: text key of the source module, arguments, link; read when opened.</summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RecipientUserId { get; set; }
    public Guid SourceEventId { get; set; }
    public string SourceModule { get; set; } = string.Empty;
    public string TextKey { get; set; } = string.Empty;
    public string ArgumentsJson { get; set; } = "[]";
    public string? Link { get; set; }
    public Instant CreatedAt { get; set; }
    public Instant? ReadAt { get; set; }
}
