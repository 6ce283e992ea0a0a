using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain;

/// <summary>
/// A configurable reason an overdue receivable is late (客户账户异常, 发票未送达, 合同条款争议, 其他 …) with its playbook:
/// ordered steps that become tasks when an owner tags a receivable with it.
/// </summary>
internal sealed class OverdueReason : IAuditable, IVersioned
{
    public const int NameMaxLength = 50;

    private readonly List<PlaybookStep> steps = [];

    public OverdueReason(Guid id, string name, bool requiresText, int sortOrder)
    {
        Id = id;
        Rename(name);
        RequiresText = requiresText;
        SortOrder = sortOrder;
        Active = true;
    }

    private OverdueReason()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = string.Empty;
    /// <summary>"其他": the owner must say what in a text.</summary>
    public bool RequiresText { get; private set; }
    public int SortOrder { get; private set; }
    public bool Active { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<PlaybookStep> Steps => steps;

    public string AuditId => Name;

    public void Rename(string name)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(name), "OverdueReason_Error_NameRequired");
        DomainException.ThrowIf(name.Trim().Length > NameMaxLength, "OverdueReason_Error_NameTooLong", NameMaxLength);
        Name = name.Trim();
    }

    public void Configure(bool requiresText, int sortOrder, bool active)
    {
        RequiresText = requiresText;
        SortOrder = sortOrder;
        Active = active;
    }

    /// <summary>
    /// The playbook as tasks on <paramref name="receivableId"/>, started on the business day <paramref name="today"/>:
    /// each step is due <see cref="PlaybookStep.DueDays"/> calendar days later. All tasks of one start share
    /// <paramref name="now"/> as their creation time (that is how one run of a playbook is told from an earlier one).
    /// </summary>
    public IReadOnlyList<ReceivableTask> StartPlaybook(Guid receivableId, LocalDate today, Instant now) =>
        steps.OrderBy(s => s.Order).Select(s => new ReceivableTask(Guid.NewGuid(), receivableId, Id, s, today, now)).ToList();

    /// <summary>Replaces the playbook; steps are renumbered 1..n in the given order.</summary>
    public void ReplaceSteps(IEnumerable<PlaybookStep> newSteps)
    {
        var list = newSteps.ToList();
        foreach (var s in list)
        {
            DomainException.ThrowIf(string.IsNullOrWhiteSpace(s.Text), "Playbook_Error_TextRequired");
            DomainException.ThrowIf(s.Text.Trim().Length > PlaybookStep.TextMaxLength, "Playbook_Error_TextTooLong", PlaybookStep.TextMaxLength);
            DomainException.ThrowIf(s.LinkOrTemplate?.Length > PlaybookStep.LinkMaxLength, "Playbook_Error_LinkTooLong", PlaybookStep.LinkMaxLength);
            DomainException.ThrowIf(s.DueDays is < 0 or > 365, "Playbook_Error_DueDays");
            DomainException.ThrowIf(string.IsNullOrWhiteSpace(s.ResponsibleRole), "Playbook_Error_RoleRequired");
        }
        steps.Clear();
        steps.AddRange(list.Select((s, i) => s with { Order = i + 1, Text = s.Text.Trim() }));
    }
}
