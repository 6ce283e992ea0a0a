using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Milestones;

/// <summary>
/// Confirming a milestone paid: the owner (or their manager) reports "customer says it is paid", Finance rejects the report
/// or confirms the milestone with the bank receipt (settlement turns it paid), and a report nobody answered in time is
/// escalated once (<see cref="EscalateUnconfirmedReportsAsync"/>, called by the background work).
/// </summary>
internal sealed class MilestoneCommands(
    CollectionsDbContext db, UnitOfWork<CollectionsDbContext> uow, CollectionsAccess access, SettlementService settlement,
    ModuleSettings<CollectionsDbContext, CollectionsSettings> settings, Notifier<CollectionsDbContext> notifier,
    IOrganisation organisation, BusinessClock clock)
{
    public const int MaxEscalationsPerPass = 500;

    /// <summary>The owner or a manager who sees the owner reports; Finance is told. A receipt file is optional.</summary>
    public async Task ReportPaidAsync(Guid id, int version, string? note, ReceiptUpload? file, CancellationToken ct)
    {
        var receivable = await VisibleAsync(id, version, ct);
        if (receivable.OwnerId != access.UserId && !access.Records.IsManager)
        {
            throw new UnauthorizedAccessException();
        }
        Guid? receiptId = null;
        if (file is not null)
        {
            var receipt = await file.ReadAsync(access.UserId, clock.Now, ct);
            db.Receipts.Add(receipt);
            receiptId = receipt.Id;
        }
        receivable.ReportPaid(access.UserId, note, receiptId, clock.Now);
        notifier.ToRole(Roles.Finance, "Milestone_Notify_Reported", CollectionsLinks.Milestone(id), access.UserId,
            await NumberAsync(receivable, ct), receivable.Title, Money(receivable.Outstanding));
        await uow.CommitAsync("Receivable.ReportPaid", ct);
    }

    /// <summary>Finance says the money is not there (with a reason); the reporter is told.</summary>
    public async Task RejectReportAsync(Guid id, int version, string? reason, CancellationToken ct)
    {
        access.EnsureFinance();
        var receivable = await VisibleAsync(id, version, ct);
        receivable.RejectReport(access.UserId, reason ?? string.Empty, clock.Now);
        if (receivable.ReportedBy is { } reporter)
        {
            notifier.ToUser(reporter, "Milestone_Notify_Rejected", CollectionsLinks.Milestone(id), access.UserId,
                await NumberAsync(receivable, ct), receivable.Title, receivable.RejectionReason ?? string.Empty);
        }
        await uow.CommitAsync("Receivable.RejectReport", ct);
    }

    /// <summary>
    /// Finance confirms a milestone whose money is all in with the bank receipt: an uploaded file, else the receipt the report
    /// came with. Settlement then turns it paid (<c>MilestonePaid</c>; <c>DealClosedLoop</c> when the contract is complete).
    /// </summary>
    public async Task ConfirmAsync(Guid id, int version, ReceiptUpload? file, CancellationToken ct)
    {
        access.EnsureFinance();
        var receivable = await VisibleAsync(id, version, ct);
        if (file is not null)
        {
            var receipt = await file.ReadAsync(access.UserId, clock.Now, ct);
            db.Receipts.Add(receipt);
            receivable.ConfirmReceipt(receipt.Id);
        }
        else if (receivable.ReceiptId is null && receivable.ReportReceiptId is { } reported)
        {
            receivable.ConfirmReceipt(reported);
        }
        else
        {
            DomainException.ThrowIf(!receivable.AwaitsConfirmation, "Receivable_Error_Outstanding", receivable.Outstanding);
            var required = (await settings.ReadAsync(ct)).RequiresReceipt(receivable.MilestoneType);
            DomainException.ThrowIf(required && receivable.ReceiptId is null, "Receipt_Error_Required");
        }
        await settlement.SettleAsync([receivable], access.UserId, await PaidOnAsync(id, ct), ct);
        await uow.CommitAsync("Receivable.Confirm", ct);
    }

    /// <summary>
    /// Reports nobody confirmed or rejected within the configured hours go to the configured person, else role (a notification
    /// and a logged <see cref="MilestoneEscalation"/> each), once per report. Returns how many were escalated.
    /// </summary>
    public async Task<int> EscalateUnconfirmedReportsAsync(CancellationToken ct)
    {
        var rules = await settings.ReadAsync(ct);
        var now = clock.Now;
        var wait = Duration.FromHours(rules.ReportEscalationHours);
        var cutoff = now - wait;
        var due = await db.Receivables
            .Where(r => r.Status == ReceivableStatus.Reported && r.ReportEscalatedAt == null && r.ReportedAt <= cutoff)
            .OrderBy(r => r.ReportedAt).Take(MaxEscalationsPerPass).ToListAsync(ct);
        due = due.Where(r => r.ReportNeedsEscalation(now, wait)).ToList();
        if (due.Count == 0)
        {
            return 0;
        }
        var person = await PersonAsync(rules.ReportEscalationUserName, ct);
        var role = person is null ? rules.ReportEscalationRole : null;
        var contractIds = due.Select(r => r.ContractId).Distinct().ToList();
        var numbers = await db.Contracts.Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
        var hours = rules.ReportEscalationHours.ToString(CultureInfo.InvariantCulture);
        foreach (var receivable in due)
        {
            receivable.MarkReportEscalated(now);
            db.Escalations.Add(new MilestoneEscalation(
                Guid.NewGuid(), receivable.Id, MilestoneEscalation.UnconfirmedReport, person, role, now));
            string[] args = [numbers.GetValueOrDefault(receivable.ContractId, string.Empty), receivable.Title, hours];
            if (person is { } userId)
            {
                notifier.ToUser(userId, "Milestone_Notify_Escalated", CollectionsLinks.Milestone(receivable.Id), null, args);
            }
            else
            {
                notifier.ToRole(role!, "Milestone_Notify_Escalated", CollectionsLinks.Milestone(receivable.Id), null, args);
            }
        }
        await uow.CommitAsync("Receivable.EscalateReport", ct);
        return due.Count;
    }

    /// <summary>The milestone as the form showed it: 404 when the reader may not see it, 409 when it changed since.</summary>
    private async Task<Receivable> VisibleAsync(Guid id, int version, CancellationToken ct)
    {
        var receivable = await db.Receivables.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (receivable is null || !await access.CanSeeAsync(receivable.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        StaleEditException.ThrowIfChanged(version, receivable.Version);
        db.Entry(receivable).Property(r => r.Version).OriginalValue = version;
        return receivable;
    }

    /// <summary>The configured person (by user name) when active, else null (the role is used).</summary>
    private async Task<Guid?> PersonAsync(string? userName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return null;
        }
        var users = await organisation.ActiveUsersAsync(ct);
        return users.FirstOrDefault(u => string.Equals(u.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
    }

    /// <summary>The day the last money for the milestone arrived (its latest active payment), else today.</summary>
    private async Task<LocalDate> PaidOnAsync(Guid id, CancellationToken ct)
    {
        var days = await (
                from a in db.Allocations
                join p in db.Payments on a.PaymentId equals p.Id
                where a.ReceivableId == id && a.ReversedAt == null
                select p.PaidOn)
            .ToListAsync(ct);
        return days.Count > 0 ? days.Max() : clock.Today;
    }

    private async Task<string> NumberAsync(Receivable receivable, CancellationToken ct) =>
        await db.Contracts.Where(c => c.Id == receivable.ContractId).Select(c => c.Number).FirstAsync(ct);

    private static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);
}
