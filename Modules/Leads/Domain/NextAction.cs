using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// The next step promised to a customer. Overdue after its due date (end of day, business zone); escalates
/// one level (manager, then director) each time the configured hours pass without it being done.
/// </summary>
internal sealed class NextAction : IVersioned, IAuditable
{
    private NextAction() { }

    public NextAction(Guid id, Guid customerId, Guid? followUpId, Guid ownerId, string text, LocalDate due)
    {
        Id = id;
        CustomerId = customerId;
        FollowUpId = followUpId;
        OwnerId = ownerId;
        Text = text;
        Due = due;
    }

    public Guid Id { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid? FollowUpId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Text { get; private set; } = "";
    public LocalDate Due { get; private set; }
    public Instant? DoneAt { get; private set; }
    public Instant? RemindedAt { get; private set; }
    public Instant? OverdueAt { get; private set; }
    public int EscalationLevel { get; private set; }
    public Instant? LastEscalatedAt { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public bool IsOpen => DoneAt is null;

    /// <summary>The action is overdue from the start of the day after its due date.</summary>
    public static Instant OverdueFrom(LocalDate due, DateTimeZone zone) => zone.AtStartOfDay(due.PlusDays(1)).ToInstant();

    /// <summary>A reminder goes out once, from the start of the due day, unless the action is done or already overdue.</summary>
    public bool ReminderDue(Instant now, DateTimeZone zone) =>
        IsOpen && RemindedAt is null && OverdueAt is null && now >= zone.AtStartOfDay(Due).ToInstant() && now < OverdueFrom(Due, zone);

    public void MarkReminded(Instant now) => RemindedAt = now;

    public bool BecameOverdue(Instant now, DateTimeZone zone) => IsOpen && OverdueAt is null && now >= OverdueFrom(Due, zone);

    /// <summary>Next escalation is due <paramref name="after"/> past the last step (overdue or previous escalation); two levels at most.</summary>
    public bool EscalationDue(Instant now, Duration after) =>
        IsOpen && OverdueAt is { } overdue && EscalationLevel < 2 && now >= (LastEscalatedAt ?? overdue) + after;

    public void MarkOverdue(Instant now) => OverdueAt = now;

    public void Escalate(Instant now)
    {
        EscalationLevel++;
        LastEscalatedAt = now;
    }

    public void Complete(Instant now)
    {
        DomainException.ThrowIf(DoneAt is not null, "Action_AlreadyDone");
        DoneAt = now;
    }

    public void HandTo(Guid ownerId) => OwnerId = ownerId;
}
