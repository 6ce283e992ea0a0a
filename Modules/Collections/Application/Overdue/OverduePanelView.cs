using NodaTime;

namespace SalesSuite.Collections.Application.Overdue;

/// <summary>
/// The overdue panel of one milestone: its state, the reason (if tagged), the reasons to choose from (when the reader
/// may tag) and the current playbook run as tasks.
/// </summary>
internal sealed record OverduePanelView(
    Guid ReceivableId,
    int Version,
    string Title,
    string ContractNumber,
    string? CustomerName,
    decimal Outstanding,
    string Currency,
    LocalDate? DueDate,
    int DaysOverdue,
    bool IsPaid,
    Guid? ReasonId,
    string? ReasonName,
    string? ReasonText,
    Instant? TaggedAt,
    Instant? EscalatedAt,
    bool CanTag,
    IReadOnlyList<ReasonOption> Reasons,
    IReadOnlyList<OverdueTaskView> Tasks)
{
    public bool IsOverdue => DaysOverdue > 0;

    public int DoneCount => Tasks.Count(t => t.Done);
}
