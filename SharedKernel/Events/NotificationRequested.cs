using NodaTime;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Any module asks the host to notify a user or everyone in a role. <paramref name="TextKey"/> is a key in the
/// <paramref name="SourceModule"/>'s resources, formatted with <paramref name="Arguments"/> in the reader's language.
/// </summary>
public sealed record NotificationRequested(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid? RecipientUserId,
    string? RecipientRole,
    string SourceModule,
    string TextKey,
    IReadOnlyList<string> Arguments,
    string? Link) : IIntegrationEvent;
