using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Goals.Application.Evidence;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Goals.Application.Contracts;

/// <summary>
/// Commitments on an action contract: a manager (regional manager, director) adds their own and their people's; a
/// salesperson adds to their own but never removes or lowers a commitment already there. Target lines are not touched
/// here. After a save the contract may complete at once when the evidence already covers it.
/// </summary>
internal sealed class ContractCommands(
    GoalsDbContext db, UnitOfWork<GoalsDbContext> unitOfWork, GoalsAccess access, EvidenceService evidence,
    Notifier<GoalsDbContext> notifier, IClock clock)
{
    public async Task<Guid> SaveCommitmentsAsync(Guid userId, GoalPeriod period, CommitmentInput input, CancellationToken ct)
    {
        await access.EnsureCanManageAsync(userId, ct);
        var contract = await db.Contracts
            .FirstOrDefaultAsync(c => c.UserId == userId && c.PeriodKind == period.Kind && c.PeriodStart == period.Start, ct);
        StaleEditException.ThrowIfChanged(input.Version, contract?.Version ?? 0);
        var rows = input.Lines.Where(r => !r.IsBlank).ToList();
        await EnsureTypesAsync(rows, ct);
        var lines = rows.Select(r => new ContractLine(r.ActionTypeId!.Value, r.Quantity ?? 0, LineSource.Commitment, null,
            string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim())).ToList();
        if (contract is null)
        {
            contract = new ActionContract(Guid.NewGuid(), userId, period, clock.GetCurrentInstant());
            db.Contracts.Add(contract);
        }
        else
        {
            EnsureNotLowered(contract, lines);
            db.Entry(contract).Property(c => c.Version).OriginalValue = input.Version;
            // The lines are a JSON column: mark the contract changed so its version moves with them.
            db.Entry(contract).State = EntityState.Modified;
        }
        contract.SetCommitments(lines);
        await evidence.RecheckAsync(contract, ct);
        if (userId != access.UserId)
        {
            notifier.ToUser(userId, "Contracts_Notify_Committed", GoalsLinks.ActionContract(userId, period.Key), access.UserId, period.Key);
        }
        await unitOfWork.CommitAsync("Contract.Commitments", ct);
        return contract.Id;
    }

    private async Task EnsureTypesAsync(IReadOnlyList<CommitmentRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.ActionTypeId).OfType<Guid>().Distinct().ToList();
        var active = await db.ActionTypes.AsNoTracking().Where(t => ids.Contains(t.Id) && t.Active).Select(t => t.Id).ToListAsync(ct);
        DomainException.ThrowIf(rows.Any(r => r.ActionTypeId is null || !active.Contains(r.ActionTypeId.Value)), "Contracts_Error_UnknownType");
    }

    /// <summary>A salesperson adds commitments to their own contract; only a manager removes or lowers one.</summary>
    private void EnsureNotLowered(ActionContract contract, IReadOnlyList<ContractLine> lines)
    {
        if (access.IsManager)
        {
            return;
        }
        var now = lines.GroupBy(l => l.ActionTypeId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var before = contract.Lines.Where(l => l.Source == LineSource.Commitment).GroupBy(l => l.ActionTypeId);
        DomainException.ThrowIf(before.Any(g => now.GetValueOrDefault(g.Key) < g.Sum(l => l.Quantity)), "Contracts_Error_CannotLower");
    }
}
