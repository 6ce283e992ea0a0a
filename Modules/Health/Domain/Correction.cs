using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>One correction of a past record (data correction rate; trace mode counts them per day).</summary>
internal sealed class Correction
{
    private Correction() { }

    public Correction(Guid id, Guid ownerId, Guid? teamId, Instant at, LocalDate day, LocalDate week, RecordRef record)
    {
        Id = id;
        OwnerId = ownerId;
        TeamId = teamId;
        At = at;
        Day = day;
        Week = week;
        RecordType = record.Type;
        RecordId = record.Id;
        CustomerId = record.CustomerId;
    }

    public Guid Id { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public Instant At { get; private set; }
    public LocalDate Day { get; private set; }
    public LocalDate Week { get; private set; }
    public string RecordType { get; private set; } = "";
    public Guid RecordId { get; private set; }
    public Guid? CustomerId { get; private set; }
}
