using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>
/// Every integration event Health consumed, in arrival order (<see cref="Position"/>): the read models are a function
/// of this archive, so a rebuild replays it and reaches the same numbers.
/// </summary>
internal sealed class ArchivedEvent
{
    private ArchivedEvent() { }

    public ArchivedEvent(Guid eventId, string type, Instant occurredAt, Instant receivedAt, string payload)
    {
        EventId = eventId;
        Type = type;
        OccurredAt = occurredAt;
        ReceivedAt = receivedAt;
        Payload = payload;
    }

    public long Position { get; private set; }
    public Guid EventId { get; private set; }
    public string Type { get; private set; } = "";
    public Instant OccurredAt { get; private set; }
    public Instant ReceivedAt { get; private set; }
    public string Payload { get; private set; } = "";
}
