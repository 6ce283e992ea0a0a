using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain;

/// <summary>A playbook step started on a receivable when its owner tagged an overdue reason; done by its responsible role.</summary>
internal sealed class ReceivableTask : IAuditable, IVersioned
{
    public ReceivableTask(Guid id, Guid receivableId, Guid reasonId, PlaybookStep step, LocalDate startedOn, Instant createdAt)
    {
        Id = id;
        ReceivableId = receivableId;
        ReasonId = reasonId;
        Order = step.Order;
        Text = step.Text;
        ResponsibleRole = step.ResponsibleRole;
        LinkOrTemplate = step.LinkOrTemplate;
        DueOn = startedOn.PlusDays(step.DueDays);
        CreatedAt = createdAt;
    }

    private ReceivableTask()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid ReceivableId { get; private set; }
    public Guid ReasonId { get; private set; }
    public int Order { get; private set; }
    public string Text { get; private set; } = string.Empty;
    public string ResponsibleRole { get; private set; } = string.Empty;
    public string? LinkOrTemplate { get; private set; }
    public LocalDate DueOn { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Instant? DoneAt { get; private set; }
    public Guid? DoneBy { get; private set; }
    /// <summary>Set when a new reason replaced the playbook this task belonged to.</summary>
    public Instant? CancelledAt { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public bool IsOpen => DoneAt is null && CancelledAt is null;

    public void Complete(Guid userId, Instant now)
    {
        SalesSuite.SharedKernel.Domain.DomainException.ThrowIf(!IsOpen, "Task_Error_NotOpen");
        DoneAt = now;
        DoneBy = userId;
    }

    public void Cancel(Instant now) => CancelledAt ??= now;
}
