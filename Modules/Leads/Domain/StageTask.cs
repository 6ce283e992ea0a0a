using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// Work a stage trigger hands to a role or a named person when a deal enters or leaves a stage (e.g. Tech gets the
/// customer's equipment parameters, Finance the payment terms). Details hold the chosen stage-field values at the
/// moment of the move. The task is due <see cref="SlaHours"/> after it was created; once overdue it escalates up the
/// reporting line, one level per further SLA period (<see cref="EscalationDue"/>), at most <see cref="MaxEscalationLevel"/>.
/// </summary>
internal sealed class StageTask : IAuditable, IVersioned
{
    public const int MaxEscalationLevel = 3;

    private StageTask() { }

    /// <summary>A task for a role (<paramref name="role"/>) or, with <paramref name="assigneeId"/>, for one person (role empty).</summary>
    public StageTask(
        Guid id, Guid dealId, Guid customerId, string role, string title, string details, Instant createdAt, Guid? assigneeId = null,
        int? slaHours = null, Guid? triggerId = null)
    {
        DomainException.ThrowIf(string.IsNullOrEmpty(role) == (assigneeId is null), "Pipe_Task_OneAssignee");
        Id = id;
        DealId = dealId;
        CustomerId = customerId;
        Role = assigneeId is null ? role : "";
        AssigneeId = assigneeId;
        Title = title;
        Details = details;
        CreatedAt = createdAt;
        SlaHours = slaHours;
        DueAt = slaHours is { } hours ? createdAt + Duration.FromHours(hours) : null;
        TriggerId = triggerId;
    }

    public Guid Id { get; private set; }
    public Guid DealId { get; private set; }
    public Guid CustomerId { get; private set; }
    /// <summary>The role the task is for; empty when it is for one person (<see cref="AssigneeId"/>).</summary>
    public string Role { get; private set; } = "";
    public Guid? AssigneeId { get; private set; }
    public string Title { get; private set; } = "";
    public string Details { get; private set; } = "";
    public Instant CreatedAt { get; private set; }
    /// <summary>The SLA in hours (null: tasks from before SLAs, never due).</summary>
    public int? SlaHours { get; private set; }
    public Instant? DueAt { get; private set; }
    public Guid? TriggerId { get; private set; }
    public int EscalationLevel { get; private set; }
    public Instant? LastEscalatedAt { get; private set; }
    public Instant? DoneAt { get; private set; }
    public Guid? DoneBy { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public bool IsOpen => DoneAt is null;

    public bool IsOverdue(Instant now) => IsOpen && DueAt is { } due && now >= due;

    /// <summary>
    /// Who may complete it: a person's task that person, a role's task people in the role; managers always.
    /// </summary>
    public bool CanComplete(Guid userId, Func<string, bool> isInRole, bool isManager) =>
        isManager || (AssigneeId is { } person ? person == userId : isInRole(Role));

    /// <summary>
    /// Level n (1, 2, 3) is due n − 1 SLA periods after the due time: the first at the breach, each further one after
    /// another SLA period without completion. Each level once.
    /// </summary>
    public bool EscalationDue(Instant now) =>
        IsOpen && DueAt is { } due && SlaHours is { } hours && EscalationLevel < MaxEscalationLevel
        && now >= due + Duration.FromHours(hours * EscalationLevel);

    public void Escalate(Instant now)
    {
        DomainException.ThrowIf(!EscalationDue(now), "Pipe_Task_EscalationNotDue");
        EscalationLevel++;
        LastEscalatedAt = now;
    }

    public void Complete(Guid by, Instant now)
    {
        DomainException.ThrowIf(DoneAt is not null, "Tasks_AlreadyDone");
        DoneAt = now;
        DoneBy = by;
    }

    /// <summary>Whether it was (or would be, done at <paramref name="doneAt"/>) done within the SLA; null without an SLA.</summary>
    public bool? SlaMet(Instant doneAt) => DueAt is { } due ? doneAt <= due : null;

    /// <summary>"Label: value" lines of the fields that have a value, in pipeline order.</summary>
    public static string FormatDetails(IEnumerable<(string Label, string? Value)> fields) =>
        string.Join('\n', fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => $"{f.Label}: {f.Value}"));
}
