using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// A to-do created by an SLA escalation: for one person (level 1: an approver's direct superior) or for a role
/// (level 2). It is open while its step is still active; it shows on the assignee's approvals page.
/// </summary>
internal sealed class ApprovalEscalation : IAuditable
{
    private ApprovalEscalation() { }

    private ApprovalEscalation(Guid quoteId, Guid stepId, int level, Guid? userId, string? role, Instant now)
    {
        Id = Guid.NewGuid();
        QuoteId = quoteId;
        StepId = stepId;
        Level = level;
        AssigneeUserId = userId;
        AssigneeRole = role;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid QuoteId { get; private set; }
    public Guid StepId { get; private set; }
    public int Level { get; private set; }
    public Guid? AssigneeUserId { get; private set; }
    public string? AssigneeRole { get; private set; }
    public Instant CreatedAt { get; private set; }
    public string AuditId => QuoteId.ToString();

    public static ApprovalEscalation ToSuperior(ApprovalStep step, Guid superiorId, Instant now) =>
        new(step.QuoteId, step.Id, 1, superiorId, null, now);

    public static ApprovalEscalation ToRole(ApprovalStep step, string role, Instant now) =>
        new(step.QuoteId, step.Id, 2, null, role, now);
}
