using NodaTime;

namespace SalesSuite.Goals.Domain;

/// <summary>
/// A raised KeyActionMissed: one per person, action type and streak end day (a unique index, so two ticks or two hosts
/// raise it once).
/// </summary>
internal sealed class MissedAlert
{
    public MissedAlert(Guid id, Guid userId, Guid actionTypeId, LocalDate firstDay, LocalDate lastDay, int days, Instant raisedAt)
    {
        Id = id;
        UserId = userId;
        ActionTypeId = actionTypeId;
        FirstDay = firstDay;
        LastDay = lastDay;
        Days = days;
        RaisedAt = raisedAt;
    }

    private MissedAlert()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid ActionTypeId { get; private set; }
    public LocalDate FirstDay { get; private set; }
    public LocalDate LastDay { get; private set; }
    public int Days { get; private set; }
    public Instant RaisedAt { get; private set; }
}
