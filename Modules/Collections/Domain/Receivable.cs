using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain;

/// <summary>
/// Money a customer owes: one payment milestone (首付款, 到货款, 验收款, 质保金 …) of a <see cref="Contract"/>. It knows its
/// outstanding amount, whether it is overdue, the salesperson's "customer says it is paid" report and Finance's answer,
/// and the overdue reason its owner tagged. State changes only through methods that check its rules.
/// </summary>
internal sealed class Receivable : IAuditable, IVersioned
{
    public const int TitleMaxLength = 200;
    public const int NoteMaxLength = 500;

    public Receivable(
        Guid id, Contract contract, int sequence, string title, string milestoneType, decimal amount, LocalDate? dueDate, Instant createdAt)
    {
        Id = id;
        ContractId = contract.Id;
        CustomerId = contract.CustomerId;
        OwnerId = contract.OwnerId;
        DealId = contract.DealId;
        Currency = contract.Currency;
        Sequence = sequence;
        CreatedAt = createdAt;
        DueDate = dueDate;
        MilestoneType = Domain.MilestoneType.IsKnown(milestoneType) ? milestoneType : Domain.MilestoneType.Other;
        Rename(title);
        ChangeAmount(amount);
    }

    private Receivable()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid ContractId { get; private set; }
    /// <summary>Copied from the contract so boards filter and group without a join.</summary>
    public Guid CustomerId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? DealId { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public string MilestoneType { get; private set; } = Domain.MilestoneType.Other;
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = string.Empty;
    /// <summary>Position in the contract's schedule (1-based).</summary>
    public int Sequence { get; private set; }
    public LocalDate? DueDate { get; private set; }
    public Instant CreatedAt { get; private set; }

    /// <summary>Sum of the active payment allocations.</summary>
    public decimal PaidAmount { get; private set; }
    public ReceivableStatus Status { get; private set; }
    /// <summary>The business day the last part of the money arrived (set when Paid).</summary>
    public LocalDate? PaidOn { get; private set; }
    /// <summary>The bank receipt (image or PDF) that proves the money, when the kind needs one.</summary>
    public Guid? ReceiptId { get; private set; }

    public Instant? ReportedAt { get; private set; }
    public Guid? ReportedBy { get; private set; }
    public string? ReportNote { get; private set; }
    /// <summary>The receipt the reporter attached to "customer says it is paid" (Finance may accept it as the bank receipt).</summary>
    public Guid? ReportReceiptId { get; private set; }
    /// <summary>When the unanswered report was escalated (once per report).</summary>
    public Instant? ReportEscalatedAt { get; private set; }
    public Instant? ConfirmedAt { get; private set; }
    public Guid? ConfirmedBy { get; private set; }
    public Instant? RejectedAt { get; private set; }
    public Guid? RejectedBy { get; private set; }
    public string? RejectionReason { get; private set; }

    public Guid? OverdueReasonId { get; private set; }
    public string? OverdueReasonText { get; private set; }
    public Instant? ReasonTaggedAt { get; private set; }
    public Guid? ReasonTaggedBy { get; private set; }
    /// <summary>When <c>ReceivableOverdue</c> was published for it (once per overdue spell).</summary>
    public Instant? OverdueNotifiedAt { get; private set; }
    /// <summary>When the untagged overdue item was escalated to the owner's manager (once).</summary>
    public Instant? UntaggedEscalatedAt { get; private set; }

    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public decimal Outstanding => Amount - PaidAmount;

    public bool IsPaid => Status == ReceivableStatus.Paid;

    /// <summary>
    /// Days past the due date on the business day <paramref name="today"/>; 0 when not overdue. "Days" are calendar days
    /// in the business time zone (Asia/Shanghai), not working days and not 24-hour periods: a milestone due 2026-11-22 is
    /// 0 days overdue until 23:59 Shanghai that day and 1 day overdue from 00:00 Shanghai on 2026-11-23 (16:00 UTC on the
    /// 22nd). Callers pass <c>BusinessClock.Today</c>; weekends and holidays count like any other day.
    /// </summary>
    public int DaysOverdue(LocalDate today) =>
        !IsPaid && DueDate is { } due && due < today ? Period.Between(due, today, PeriodUnits.Days).Days : 0;

    public bool IsOverdue(LocalDate today) => DaysOverdue(today) > 0;

    public void Rename(string title)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(title), "Receivable_Error_TitleRequired");
        DomainException.ThrowIf(title.Trim().Length > TitleMaxLength, "Receivable_Error_TitleTooLong", TitleMaxLength);
        Title = title.Trim();
    }

    /// <summary>Changes the amount (schedule adjustments go through <see cref="Contract"/>, which keeps the total).</summary>
    public void ChangeAmount(decimal amount)
    {
        DomainException.ThrowIf(!ScheduleMath.IsValidAmount(amount), "Receivable_Error_Amount");
        DomainException.ThrowIf(amount < PaidAmount, "Receivable_Error_BelowPaid", PaidAmount);
        Amount = amount;
    }

    public void MoveDueDate(LocalDate? dueDate)
    {
        DomainException.ThrowIf(IsPaid, "Receivable_Error_AlreadyPaid");
        DueDate = dueDate;
        OverdueNotifiedAt = null;
        UntaggedEscalatedAt = null;
    }

    /// <summary>Takes <paramref name="amount"/> of a payment. Never more than is outstanding.</summary>
    public void ApplyPayment(decimal amount)
    {
        DomainException.ThrowIf(!ScheduleMath.IsValidAmount(amount), "Payment_Error_Amount");
        DomainException.ThrowIf(amount > Outstanding, "Payment_Error_BeyondOutstanding", Outstanding);
        PaidAmount += amount;
    }

    /// <summary>Gives back <paramref name="amount"/> of a reversed payment; a paid milestone is open again.</summary>
    public void RemovePayment(decimal amount)
    {
        DomainException.ThrowIf(amount <= 0 || amount > PaidAmount, "Payment_Error_Amount");
        PaidAmount -= amount;
        if (Status is ReceivableStatus.Paid or ReceivableStatus.AwaitingReceipt)
        {
            Status = ReceivableStatus.Open;
            PaidOn = null;
        }
    }

    public void AttachReceipt(Guid receiptId) => ReceiptId = receiptId;

    /// <summary>
    /// Finance's confirmation: when the money is all in and (if the kind needs it) a receipt is attached, the milestone is
    /// paid. Returns true only at the moment it turns paid (the caller publishes <c>MilestonePaid</c>).
    /// </summary>
    public bool Settle(bool receiptRequired, Guid financeUserId, LocalDate paidOn, Instant now)
    {
        if (IsPaid || Outstanding > 0)
        {
            return false;
        }
        if (ReportedAt is not null && ConfirmedAt is null)
        {
            ConfirmedAt = now;
            ConfirmedBy = financeUserId;
        }
        if (receiptRequired && ReceiptId is null)
        {
            Status = ReceivableStatus.AwaitingReceipt;
            return false;
        }
        Status = ReceivableStatus.Paid;
        PaidOn = PaidOn is { } earlier && earlier > paidOn ? earlier : paidOn;
        ConfirmedAt ??= now;
        ConfirmedBy ??= financeUserId;
        return true;
    }

    /// <summary>The salesperson's "customer says it is paid"; Finance confirms (records the payment) or rejects.</summary>
    public void ReportPaid(Guid userId, string? note, Instant now)
    {
        DomainException.ThrowIf(IsPaid, "Receivable_Error_AlreadyPaid");
        DomainException.ThrowIf(Status == ReceivableStatus.Reported, "Receivable_Error_AlreadyReported");
        DomainException.ThrowIf(note?.Trim().Length > NoteMaxLength, "Receivable_Error_NoteTooLong", NoteMaxLength);
        Status = ReceivableStatus.Reported;
        ReportedAt = now;
        ReportedBy = userId;
        ReportNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ReportEscalatedAt = null;
        ConfirmedAt = null;
        ConfirmedBy = null;
        RejectedAt = null;
        RejectedBy = null;
        RejectionReason = null;
    }

    /// <summary>The report with the receipt the customer sent (kept for Finance; it becomes the bank receipt only when Finance confirms).</summary>
    public void ReportPaid(Guid userId, string? note, Guid? receiptId, Instant now)
    {
        ReportPaid(userId, note, now);
        ReportReceiptId = receiptId;
    }

    /// <summary>True when all money is in but the milestone is not paid yet: Finance may confirm it with the bank receipt.</summary>
    public bool AwaitsConfirmation => !IsPaid && Outstanding == 0;

    /// <summary>
    /// Finance attaches the bank receipt of a milestone whose money is all in (settlement then turns it paid). Refused while
    /// money is outstanding: the payment is recorded first.
    /// </summary>
    public void ConfirmReceipt(Guid receiptId)
    {
        DomainException.ThrowIf(IsPaid, "Receivable_Error_AlreadyPaid");
        DomainException.ThrowIf(Outstanding > 0, "Receivable_Error_Outstanding", Outstanding);
        ReceiptId = receiptId;
    }

    public void RejectReport(Guid financeUserId, string reason, Instant now)
    {
        DomainException.ThrowIf(Status != ReceivableStatus.Reported, "Receivable_Error_NotReported");
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(reason), "Receivable_Error_ReasonRequired");
        DomainException.ThrowIf(reason.Trim().Length > NoteMaxLength, "Receivable_Error_NoteTooLong", NoteMaxLength);
        Status = PaidAmount >= Amount ? ReceivableStatus.AwaitingReceipt : ReceivableStatus.Open;
        RejectedAt = now;
        RejectedBy = financeUserId;
        RejectionReason = reason.Trim();
    }

    /// <summary>True when the report has waited longer than <paramref name="wait"/> and was not escalated yet.</summary>
    public bool ReportNeedsEscalation(Instant now, Duration wait) =>
        Status == ReceivableStatus.Reported && ReportEscalatedAt is null && ReportedAt is { } at && now - at >= wait;

    public void MarkReportEscalated(Instant now) => ReportEscalatedAt = now;

    /// <summary>The owner's reason for an overdue item (a configured reason; its text when the reason asks for one).</summary>
    public void TagOverdueReason(OverdueReason reason, string? text, Guid userId, LocalDate today, Instant now)
    {
        DomainException.ThrowIf(!IsOverdue(today), "Receivable_Error_NotOverdue");
        DomainException.ThrowIf(!reason.Active, "OverdueReason_Error_Inactive");
        DomainException.ThrowIf(reason.RequiresText && string.IsNullOrWhiteSpace(text), "Receivable_Error_ReasonTextRequired");
        DomainException.ThrowIf(text?.Trim().Length > NoteMaxLength, "Receivable_Error_NoteTooLong", NoteMaxLength);
        OverdueReasonId = reason.Id;
        OverdueReasonText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        ReasonTaggedAt = now;
        ReasonTaggedBy = userId;
    }

    public void MarkOverdueNotified(Instant now) => OverdueNotifiedAt = now;

    /// <summary>Overdue for at least <paramref name="days"/> days, still untagged and not escalated yet.</summary>
    public bool UntaggedNeedsEscalation(LocalDate today, int days) =>
        OverdueReasonId is null && UntaggedEscalatedAt is null && DaysOverdue(today) >= days;

    public void MarkUntaggedEscalated(Instant now) => UntaggedEscalatedAt = now;

    internal void Renumber(int sequence) => Sequence = sequence;

    /// <summary>A hand-over: the milestone follows its contract to the new owner.</summary>
    public void HandOverTo(Guid ownerId) => OwnerId = ownerId;

    /// <summary>A customer merge: the milestone follows its contract to the surviving customer.</summary>
    public void MoveToCustomer(Guid customerId) => CustomerId = customerId;
}
