using System.Globalization;
using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain.Commissions;

/// <summary>
/// A salesperson's commission for one month (<see cref="PeriodStart"/> is its first day): earned on cash collected that
/// month, minus clawbacks of earlier approved lines whose payments were reversed. Finance (re)builds drafts; the
/// salesperson's manager approves once the month is over, and then it never changes.
/// </summary>
internal sealed class CommissionStatement : IAuditable, IVersioned
{
    private readonly List<CommissionLine> lines = [];

    public CommissionStatement(Guid id, Guid userId, LocalDate month, string currency)
    {
        Id = id;
        UserId = userId;
        PeriodStart = MonthOf(month);
        Currency = currency;
    }

    private CommissionStatement()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    /// <summary>The salesperson.</summary>
    public Guid UserId { get; private set; }
    public LocalDate PeriodStart { get; private set; }
    public string Currency { get; private set; } = string.Empty;
    public CommissionStatementStatus Status { get; private set; }
    /// <summary>Cash collected in the month (earned lines).</summary>
    public decimal Collected { get; private set; }
    /// <summary>Commission earned minus clawbacks.</summary>
    public decimal Total { get; private set; }
    /// <summary>How many times the draft was built (each build is a new version of what the approver sees).</summary>
    public int Generation { get; private set; }
    public Instant GeneratedAt { get; private set; }
    public Guid GeneratedBy { get; private set; }
    public Instant? ApprovedAt { get; private set; }
    public Guid? ApprovedBy { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<CommissionLine> Lines => lines;

    public string AuditId => $"{PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture)} {UserId}";

    public bool IsApproved => Status == CommissionStatementStatus.Approved;

    public LocalDate PeriodEnd => PeriodStart.PlusMonths(1).PlusDays(-1);

    public static LocalDate MonthOf(LocalDate date) => new(date.Year, date.Month, 1);

    /// <summary>Replaces the draft's lines with a new generation (in the given order).</summary>
    public void Rebuild(IEnumerable<CommissionLine> newLines, Guid by, Instant now)
    {
        DomainException.ThrowIf(IsApproved, "Commission_Error_Approved");
        lines.Clear();
        foreach (var line in newLines)
        {
            line.PlaceIn(Id, lines.Count + 1);
            lines.Add(line);
        }
        Collected = lines.Where(l => l.Kind == CommissionLineKind.Earned).Sum(l => l.Amount);
        Total = lines.Sum(l => l.Commission);
        Generation++;
        GeneratedAt = now;
        GeneratedBy = by;
    }

    /// <summary>The manager's approval: only after the month is over, never by the salesperson, once.</summary>
    public void Approve(Guid approverId, LocalDate today, Instant now)
    {
        DomainException.ThrowIf(IsApproved, "Commission_Error_Approved");
        DomainException.ThrowIf(approverId == UserId, "Commission_Error_OwnStatement");
        DomainException.ThrowIf(today <= PeriodEnd, "Commission_Error_MonthNotOver", PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Status = CommissionStatementStatus.Approved;
        ApprovedAt = now;
        ApprovedBy = approverId;
    }
}
