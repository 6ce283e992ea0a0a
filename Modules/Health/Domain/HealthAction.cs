using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Health.Domain;

/// <summary>
/// An automatic action Health took (or a task it gave): whom it concerns, which indicator and records triggered it (the
/// explanation), until when, and whether a manager reversed it (with a reason) or it ended by itself.
/// </summary>
internal sealed class HealthAction : IAuditable, IVersioned
{
    public const int MaxReason = 500;

    private HealthAction() { }

    public HealthAction(Guid id, ActionKind kind, Guid userId, Guid? teamId, string rule, string explanation, string evidence,
        Instant startedAt, Instant? until, Guid? subjectId = null)
    {
        Id = id;
        Kind = kind;
        UserId = userId;
        TeamId = teamId;
        Rule = rule;
        Explanation = explanation;
        Evidence = evidence;
        StartedAt = startedAt;
        Until = until;
        SubjectId = subjectId;
    }

    public Guid Id { get; private set; }
    public ActionKind Kind { get; private set; }
    /// <summary>The person the action applies to (paused, frozen, traced) or who must act (reviewer, owner).</summary>
    public Guid UserId { get; private set; }
    public Guid? TeamId { get; private set; }
    /// <summary>The record or person the action is about (the reviewed salesperson, the graded customer).</summary>
    public Guid? SubjectId { get; private set; }
    /// <summary>The rule code (see <see cref="HealthRules"/>).</summary>
    public string Rule { get; private set; } = "";
    /// <summary>Resource key and arguments ("key|arg1|arg2") saying which indicator and numbers fired it.</summary>
    public string Explanation { get; private set; } = "";
    /// <summary>JSON list of the records behind it (<see cref="RecordRef"/>).</summary>
    public string Evidence { get; private set; } = "";
    public Instant StartedAt { get; private set; }
    /// <summary>When it lifts by itself (a freeze: next Monday 00:00; a review: its due time); null: until reversed.</summary>
    public Instant? Until { get; private set; }
    public Instant? EndedAt { get; private set; }
    public Guid? EndedBy { get; private set; }
    public string? EndReason { get; private set; }
    /// <summary>Lifted by a manager (true) rather than by itself or done.</summary>
    public bool Reversed { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public bool IsActive => EndedAt is null;

    /// <summary>A manager lifts the action; the reason is required and kept.</summary>
    public void Reverse(Guid by, string reason, Instant now)
    {
        DomainException.ThrowIf(!IsActive, "Action_AlreadyEnded");
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(reason), "Action_ReasonRequired");
        DomainException.ThrowIf(reason.Trim().Length > MaxReason, "Action_ReasonTooLong", MaxReason);
        EndedAt = now;
        EndedBy = by;
        EndReason = reason.Trim();
        Reversed = true;
    }

    /// <summary>The action ended by itself (a freeze reached Monday) or its task was done.</summary>
    public void End(Instant now, Guid? by = null, string? note = null)
    {
        DomainException.ThrowIf(!IsActive, "Action_AlreadyEnded");
        EndedAt = now;
        EndedBy = by;
        EndReason = note?.Trim();
    }

    public bool IsDue(Instant now) => IsActive && Until is { } u && u <= now;
}
