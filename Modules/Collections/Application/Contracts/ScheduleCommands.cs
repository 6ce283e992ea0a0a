using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>
/// Finance adjusts a contract's schedule: split a milestone, move a due date, move money between milestones (the total
/// stays). Each change needs a reason, is refused when the form is stale (the contract's version) and is logged as a
/// <see cref="ScheduleChange"/> next to the field changes in the operation log.
/// </summary>
internal sealed class ScheduleCommands(
    CollectionsDbContext db, UnitOfWork<CollectionsDbContext> uow, CollectionsAccess access, IClock clock)
{
    public async Task SplitAsync(
        Guid contractId, int version, Guid milestoneId, decimal? amount, string? title, LocalDate? dueDate, string? reason,
        CancellationToken ct)
    {
        var contract = await LoadAsync(contractId, version, ct);
        var source = contract.Milestone(milestoneId);
        var before = source.Amount;
        var part = contract.Split(
            milestoneId, amount ?? 0m, string.IsNullOrWhiteSpace(title) ? source.Title : title, dueDate, reason ?? string.Empty,
            clock.GetCurrentInstant());
        db.Receivables.Add(part);
        Log(contract, ScheduleChange.Split, milestoneId, reason,
            $"{source.Title} {Money(before)} → {Money(source.Amount)} + {part.Title} {Money(part.Amount)} ({Day(part.DueDate)})");
        await uow.CommitAsync("Contract.Split", ct);
    }

    public async Task MoveDueDateAsync(
        Guid contractId, int version, Guid milestoneId, LocalDate? dueDate, string? reason, CancellationToken ct)
    {
        var contract = await LoadAsync(contractId, version, ct);
        var milestone = contract.Milestone(milestoneId);
        var before = milestone.DueDate;
        contract.MoveDueDate(milestoneId, dueDate, reason ?? string.Empty);
        Log(contract, ScheduleChange.MoveDueDate, milestoneId, reason, $"{milestone.Title} {Day(before)} → {Day(dueDate)}");
        await uow.CommitAsync("Contract.MoveDueDate", ct);
    }

    /// <summary>New amounts by milestone id (the ones not given keep theirs); the schedule must still sum to the contract amount.</summary>
    public async Task ChangeAmountsAsync(
        Guid contractId, int version, IReadOnlyDictionary<Guid, decimal> amounts, string? reason, CancellationToken ct)
    {
        var contract = await LoadAsync(contractId, version, ct);
        var before = contract.Milestones.ToDictionary(m => m.Id, m => m.Amount);
        contract.ChangeAmounts(amounts, reason ?? string.Empty);
        var changed = contract.Milestones.Where(m => before[m.Id] != m.Amount).OrderBy(m => m.Sequence)
            .Select(m => $"{m.Title} {Money(before[m.Id])} → {Money(m.Amount)}");
        Log(contract, ScheduleChange.ChangeAmounts, null, reason, string.Join("; ", changed));
        await uow.CommitAsync("Contract.ChangeAmounts", ct);
    }

    /// <summary>Finance only (403); the contract as the form showed it (409 when someone changed it since).</summary>
    private async Task<Contract> LoadAsync(Guid contractId, int version, CancellationToken ct)
    {
        access.EnsureFinance();
        var contract = await db.Contracts.Include(c => c.Milestones).FirstOrDefaultAsync(c => c.Id == contractId, ct)
            ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(version, contract.Version);
        db.Entry(contract).Property(c => c.Version).OriginalValue = version;
        return contract;
    }

    private void Log(Contract contract, string kind, Guid? milestoneId, string? reason, string detail) =>
        db.ScheduleChanges.Add(new ScheduleChange(
            Guid.NewGuid(), contract, kind, milestoneId, reason ?? string.Empty, detail, access.UserId, clock.GetCurrentInstant()));

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Day(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
