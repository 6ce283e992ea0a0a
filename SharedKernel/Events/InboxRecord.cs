using NodaTime;

namespace SalesSuite.SharedKernel.Events;

/// <summary>Marks that a consumer has applied an event; the key (EventId, Consumer) makes handling idempotent.</summary>
public sealed class InboxRecord
{
    public InboxRecord(Guid eventId, string consumer, Instant processedAt)
    {
        EventId = eventId;
        Consumer = consumer;
        ProcessedAt = processedAt;
    }

    public Guid EventId { get; private set; }
    public string Consumer { get; private set; }
    public Instant ProcessedAt { get; private set; }
}
