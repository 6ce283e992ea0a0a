using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain;

/// <summary>
/// One change Finance made to a contract's schedule (split, moved date, changed amounts) with its mandatory reason: the
/// contract page lists them, and, being audited, each is also in the operation log next to the field changes it explains.
/// </summary>
internal sealed class ScheduleChange : IAuditable
{
    public const string Split = "Split";
    public const string MoveDueDate = "MoveDueDate";
    public const string ChangeAmounts = "ChangeAmounts";
    public const int DetailMaxLength = 1000;

    public ScheduleChange(Guid id, Contract contract, string kind, Guid? milestoneId, string reason, string detail, Guid changedBy, Instant at)
    {
        Id = id;
        ContractId = contract.Id;
        Revision = contract.ScheduleRevision;
        Kind = kind;
        MilestoneId = milestoneId;
        Reason = reason.Trim();
        Detail = detail.Length > DetailMaxLength ? detail[..DetailMaxLength] : detail;
        ChangedBy = changedBy;
        ChangedAt = at;
    }

    private ScheduleChange()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid ContractId { get; private set; }
    /// <summary>The contract's <see cref="Contract.ScheduleRevision"/> this change produced.</summary>
    public int Revision { get; private set; }
    public string Kind { get; private set; } = string.Empty;
    public Guid? MilestoneId { get; private set; }
    public string Reason { get; private set; } = string.Empty;
    /// <summary>What changed, in numbers and dates (e.g. "到货款 60000.00 → 40000.00 + 20000.00").</summary>
    public string Detail { get; private set; } = string.Empty;
    public Guid ChangedBy { get; private set; }
    public Instant ChangedAt { get; private set; }

    public string AuditId => ContractId.ToString();
}
