namespace SalesSuite.Host.Notifications.Channels;

public sealed record DeliveryRow(
    Guid Id,
    string CreatedAt,
    string Person,
    string Type,
    DeliveryChannel Channel,
    DeliveryStatus Status,
    int Attempts,
    string? NextAttemptAt,
    string? SentAt,
    string? LastError,
    string IdempotencyKey,
    int Version);
