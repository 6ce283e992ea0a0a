using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Domain;

/// <summary>One step of one approval round. Its clock starts when it becomes active.</summary>
internal sealed class ApprovalStep : IAuditable
{
    private ApprovalStep() { Role = VersionLabel = string.Empty; }

    public ApprovalStep(Guid id, Guid quoteId, int round, string versionLabel, int order, StepKind kind, string role, Duration sla)
    {
        Id = id;
        QuoteId = quoteId;
        Round = round;
        VersionLabel = versionLabel;
        Order = order;
        Kind = kind;
        Role = role;
        Sla = sla;
    }

    public Guid Id { get; private set; }
    public Guid QuoteId { get; private set; }
    public int Round { get; private set; }
    public string VersionLabel { get; private set; }
    public int Order { get; private set; }
    public StepKind Kind { get; private set; }
    public string Role { get; private set; }
    public Duration Sla { get; private set; }
    public StepStatus Status { get; private set; }
    public Instant? ActivatedAt { get; private set; }
    public Instant? DueAt { get; private set; }
    public Instant? DecidedAt { get; private set; }
    public Guid? DeciderId { get; private set; }
    public string? Comment { get; private set; }
    public bool? CustomDevelopmentNeeded { get; private set; }
    public Instant? BreachedAt { get; private set; }
    /// <summary>0 = not escalated; 1 = to the approvers' superiors; 2 = to the configured second-level role.</summary>
    public int EscalationLevel { get; private set; }
    public string AuditId => QuoteId.ToString();

    public bool IsOverdue(Instant now) => Status == StepStatus.Active && DueAt is { } due && now > due;

    public Duration Age(Instant now) => ActivatedAt is { } at ? now - at : Duration.Zero;

    public void Activate(Instant now)
    {
        Status = StepStatus.Active;
        ActivatedAt = now;
        DueAt = now + Sla;
    }

    public void Decide(bool approve, Guid deciderId, string? comment, bool? customDevelopmentNeeded, Instant now)
    {
        if (Status != StepStatus.Active)
        {
            throw new DomainException("Quote_Error_StepNotActive");
        }
        Status = approve ? StepStatus.Approved : StepStatus.Rejected;
        DeciderId = deciderId;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        CustomDevelopmentNeeded = customDevelopmentNeeded;
        DecidedAt = now;
    }

    public void Cancel() => Status = Status is StepStatus.Waiting or StepStatus.Active ? StepStatus.Cancelled : Status;

    public void MarkBreached(Instant now) => BreachedAt ??= now;

    /// <summary>Records the next escalation level; each level happens once and in order (see <see cref="EscalationPolicy"/>).</summary>
    public void Escalate(int level)
    {
        if (level != EscalationLevel + 1 || level > EscalationPolicy.MaxLevel)
        {
            throw new DomainException("Appr_Error_EscalationOrder");
        }
        EscalationLevel = level;
    }
}
