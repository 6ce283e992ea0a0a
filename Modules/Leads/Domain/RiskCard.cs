using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// Raised by a follow-up with the warning flag: names the customer, the owner, the owner's manager and the obstacle tags.
/// The manager acknowledges it (optional note) and closes it (note required); closed cards stay for the record.
/// </summary>
internal sealed class RiskCard : IVersioned, IAuditable
{
    public const int MaxNote = 500;

    private RiskCard() { }

    public RiskCard(Guid id, Guid followUpId, Guid customerId, Guid ownerId, Guid? managerId, string obstacleTags, string summary,
        Instant raisedAt)
    {
        Id = id;
        FollowUpId = followUpId;
        CustomerId = customerId;
        OwnerId = ownerId;
        ManagerId = managerId;
        ObstacleTags = obstacleTags;
        Summary = summary;
        RaisedAt = raisedAt;
    }

    public Guid Id { get; private set; }
    public Guid FollowUpId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? ManagerId { get; private set; }
    public string ObstacleTags { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public Instant RaisedAt { get; private set; }
    public Instant? AcknowledgedAt { get; private set; }
    public Guid? AcknowledgedBy { get; private set; }
    public Instant? ClosedAt { get; private set; }
    public Guid? ClosedBy { get; private set; }
    public string? Note { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public bool IsOpen => ClosedAt is null;

    public IReadOnlyList<string> Obstacles => ObstacleTags.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void Acknowledge(Guid by, Instant at, string? note)
    {
        ConflictRefusal.ThrowIfAlready(!IsOpen || AcknowledgedAt is not null, "Risk_AlreadyHandled");
        Note = Checked(note, required: false);
        (AcknowledgedAt, AcknowledgedBy) = (at, by);
    }

    public void Close(Guid by, Instant at, string? note)
    {
        ConflictRefusal.ThrowIfAlready(!IsOpen, "Risk_AlreadyHandled");
        Note = Checked(note, required: true);
        (ClosedAt, ClosedBy) = (at, by);
        AcknowledgedAt ??= at;
        AcknowledgedBy ??= by;
    }

    private string? Checked(string? note, bool required)
    {
        var text = note?.Trim();
        DomainException.ThrowIf(required && string.IsNullOrEmpty(text), "Risk_NoteRequired");
        DomainException.ThrowIf(text?.Length > MaxNote, "Risk_NoteTooLong", MaxNote);
        return string.IsNullOrEmpty(text) ? Note : text;
    }
}
