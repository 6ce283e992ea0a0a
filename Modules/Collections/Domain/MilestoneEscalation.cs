using NodaTime;

namespace SalesSuite.Collections.Domain;

/// <summary>A logged escalation on a milestone: an unanswered "customer says paid" report, or an untagged overdue item.</summary>
internal sealed class MilestoneEscalation
{
    public const string UnconfirmedReport = "UnconfirmedReport";
    public const string UntaggedOverdue = "UntaggedOverdue";

    public MilestoneEscalation(Guid id, Guid receivableId, string kind, Guid? toUserId, string? toRole, Instant at)
    {
        Id = id;
        ReceivableId = receivableId;
        Kind = kind;
        ToUserId = toUserId;
        ToRole = toRole;
        At = at;
    }

    private MilestoneEscalation()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid ReceivableId { get; private set; }
    public string Kind { get; private set; } = string.Empty;
    public Guid? ToUserId { get; private set; }
    public string? ToRole { get; private set; }
    public Instant At { get; private set; }
}
