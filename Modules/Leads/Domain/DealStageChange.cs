using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>History row: a deal left one stage for another after spending some time in it.</summary>
internal sealed class DealStageChange
{
    private DealStageChange() { }

    public DealStageChange(
        Guid id, Guid dealId, Guid customerId, string fromStage, string toStage, Duration timeInPrevious, bool skipped, Guid? actorUserId,
        Instant at)
    {
        Id = id;
        DealId = dealId;
        CustomerId = customerId;
        FromStage = fromStage;
        ToStage = toStage;
        TimeInPrevious = timeInPrevious;
        Skipped = skipped;
        ActorUserId = actorUserId;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid DealId { get; private set; }
    public Guid CustomerId { get; private set; }
    public string FromStage { get; private set; } = "";
    public string ToStage { get; private set; } = "";
    public Duration TimeInPrevious { get; private set; }
    public bool Skipped { get; private set; }
    public Guid? ActorUserId { get; private set; }
    public Instant At { get; private set; }
}
