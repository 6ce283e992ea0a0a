using NodaTime;

namespace SalesSuite.Goals.Domain;

/// <summary>
/// One evidence event as Goals keeps it (never a self-reported tick): the event's id (the key, so a redelivered event
/// is one fact), its type, when (instant and business day), whose record it is and who acted, the customer and the
/// record it links to, and the generic columns rules match on (meanings per type in <see cref="EvidenceCatalog"/>).
/// <see cref="Metric"/> / <see cref="Amount"/>: the result it measures (a won deal counts 1; promotion execution 1 or 0).
/// </summary>
internal sealed class EvidenceFact
{
    public const int ValueMaxLength = 100;
    public const int SummaryMaxLength = 300;
    public const int LinkMaxLength = 200;

    public EvidenceFact(Guid id, string eventType, Instant occurredAt, LocalDate day, Guid? ownerId, Guid? actorId)
    {
        Id = id;
        EventType = eventType;
        OccurredAt = occurredAt;
        Day = day;
        OwnerId = ownerId;
        ActorId = actorId;
    }

    private EvidenceFact()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string EventType { get; private set; } = string.Empty;
    public Instant OccurredAt { get; private set; }
    public LocalDate Day { get; private set; }
    public Guid? OwnerId { get; private set; }
    public Guid? ActorId { get; private set; }
    public Guid? CustomerId { get; init; }
    public Guid? DealId { get; init; }
    /// <summary>The record the event is about (follow-up, quote, milestone, report…), for the drill-down.</summary>
    public Guid? RecordId { get; init; }
    /// <summary>A path in the app that shows the record (e.g. /Leads/Customers/Detail/…), or null.</summary>
    public string? Link { get; init; }
    public string? Value { get; init; }
    public int? Number { get; init; }
    public bool? Flag { get; init; }
    public int Attachments { get; init; }
    public ResultMetric? Metric { get; init; }
    public decimal? Amount { get; init; }
    /// <summary>A short line for the evidence list ("绍兴恒清 · AdvanceSolution").</summary>
    public string? Summary { get; init; }
}

/// <summary>A fact counted for a key action type and a person (one row per fact × action type).</summary>
internal sealed class EvidenceMatch
{
    public EvidenceMatch(Guid factId, Guid actionTypeId, Guid userId, LocalDate day, Instant occurredAt, Guid? customerId)
    {
        FactId = factId;
        ActionTypeId = actionTypeId;
        UserId = userId;
        Day = day;
        OccurredAt = occurredAt;
        CustomerId = customerId;
    }

    private EvidenceMatch()
    {
        // EF Core
    }

    public Guid FactId { get; private set; }
    public Guid ActionTypeId { get; private set; }
    public Guid UserId { get; private set; }
    public LocalDate Day { get; private set; }
    public Instant OccurredAt { get; private set; }
    public Guid? CustomerId { get; private set; }
}
