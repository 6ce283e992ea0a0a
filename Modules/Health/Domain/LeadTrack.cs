using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>A lead as Health follows it: who holds it since when, its first touch, and when its need was confirmed.</summary>
internal sealed class LeadTrack
{
    private LeadTrack() { }

    public LeadTrack(Guid leadId, Instant createdAt, string source)
    {
        LeadId = leadId;
        CreatedAt = createdAt;
        Source = source.Length > 100 ? source[..100] : source;
    }

    public Guid LeadId { get; private set; }
    public string Source { get; private set; } = "";
    public Instant CreatedAt { get; private set; }
    public Guid? OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public Instant? AssignedAt { get; private set; }
    public Instant? FirstTouchAt { get; private set; }
    /// <summary>A deal was opened from the lead: its need is confirmed.</summary>
    public Instant? NeedConfirmedAt { get; private set; }
    public Instant? ReleasedAt { get; private set; }

    /// <summary>A new holder restarts the clocks (the previous holder's untouched lead is not theirs any more).</summary>
    public void AssignTo(Guid ownerId, Guid? teamId, Instant at)
    {
        if (OwnerId == ownerId && ReleasedAt is null)
        {
            return;
        }
        OwnerId = ownerId;
        TeamId = teamId;
        AssignedAt = at;
        FirstTouchAt = null;
        NeedConfirmedAt = null;
        ReleasedAt = null;
    }

    /// <summary>True when this is the lead's first touch since it was assigned.</summary>
    public bool Touch(Instant at)
    {
        if (FirstTouchAt is not null || AssignedAt is null)
        {
            return false;
        }
        FirstTouchAt = at;
        return true;
    }

    public void ConfirmNeed(Instant at) => NeedConfirmedAt ??= at;

    public void Release(Instant at)
    {
        if (FirstTouchAt is null && NeedConfirmedAt is null)
        {
            ReleasedAt = at;
        }
    }
}
