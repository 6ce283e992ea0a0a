using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain;

/// <summary>Collections' one settings row (a read never inserts; the defaults below stand in until Finance saves).</summary>
internal sealed class CollectionsSettings : IAuditable, IVersioned
{
    public const int MinHours = 1;
    public const int MaxHours = 720;
    public const int MinDays = 1;
    public const int MaxDays = 90;

    public int Id { get; set; } = 1;
    /// <summary>A "customer says paid" report not confirmed within this many hours escalates.</summary>
    public int ReportEscalationHours { get; set; } = 48;
    /// <summary>The role escalations go to (demo: the general manager acting as CFO) …</summary>
    public string ReportEscalationRole { get; set; } = Roles.GeneralManager;
    /// <summary>… or one person by user name, which wins over the role when set.</summary>
    public string? ReportEscalationUserName { get; set; }
    /// <summary>An overdue receivable untagged after this many days escalates to the owner's manager.</summary>
    public int UntaggedEscalationDays { get; set; } = 3;
    /// <summary>Milestone kinds (comma-separated <see cref="MilestoneType"/> codes) whose "paid" needs a bank receipt.</summary>
    public string ReceiptRequiredTypes { get; set; } = string.Join(',', MilestoneType.All);
    public int Version { get; set; }

    public string AuditId => "Collections";

    public bool RequiresReceipt(string milestoneType) =>
        ReceiptRequiredTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(milestoneType);

    /// <summary>Finance's change of the escalation and receipt rules (ranges as the settings form shows them).</summary>
    public void Change(int reportHours, string role, string? userName, int untaggedDays, IEnumerable<string> receiptTypes)
    {
        DomainException.ThrowIf(reportHours is < MinHours or > MaxHours, "Settings_Error_Hours", MinHours, MaxHours);
        DomainException.ThrowIf(untaggedDays is < MinDays or > MaxDays, "Settings_Error_Days", MinDays, MaxDays);
        DomainException.ThrowIf(!Roles.All.Contains(role), "Settings_Error_Role");
        var types = receiptTypes.Distinct().ToList();
        DomainException.ThrowIf(types.Any(t => !MilestoneType.IsKnown(t)), "Contract_Error_Kind");
        ReportEscalationHours = reportHours;
        ReportEscalationRole = role;
        ReportEscalationUserName = string.IsNullOrWhiteSpace(userName) ? null : userName.Trim();
        UntaggedEscalationDays = untaggedDays;
        ReceiptRequiredTypes = string.Join(',', MilestoneType.All.Where(types.Contains));
    }
}
