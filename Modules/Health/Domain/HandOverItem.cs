using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>
/// A customer handed from one salesperson to another. The hand-over is complete for this customer once the receiver
/// follows up (hand-over completeness: customers contacted by their new owner within the hand-over window).
/// </summary>
internal sealed class HandOverItem
{
    private HandOverItem() { }

    public HandOverItem(Guid id, Guid handOverId, Guid customerId, Guid fromUserId, Guid toUserId, Guid? teamId, Instant at, LocalDate week)
    {
        Id = id;
        HandOverId = handOverId;
        CustomerId = customerId;
        FromUserId = fromUserId;
        ToUserId = toUserId;
        TeamId = teamId;
        At = at;
        Week = week;
    }

    public Guid Id { get; private set; }
    public Guid HandOverId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid FromUserId { get; private set; }
    public Guid ToUserId { get; private set; }
    public Guid? TeamId { get; private set; }
    public Instant At { get; private set; }
    public LocalDate Week { get; private set; }
    public Instant? FirstFollowUpAt { get; private set; }

    public bool FollowedUp(Instant at)
    {
        if (FirstFollowUpAt is not null || at < At)
        {
            return false;
        }
        FirstFollowUpAt = at;
        return true;
    }
}
