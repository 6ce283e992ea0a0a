using NodaTime;
using SalesSuite.Collections.Application.Contracts;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Milestones;

/// <summary>
/// The milestone page: the receivable with its contract and customer, the money allocated to it, its escalations, the
/// receipts (names only) and the history (report trail) from the operation log.
/// </summary>
internal sealed record MilestoneDetail(
    Receivable Receivable,
    string ContractNumber,
    string Customer,
    bool ReceiptRequired,
    IReadOnlyList<AllocationLine> Allocations,
    IReadOnlyList<MilestoneEscalation> Escalations,
    IReadOnlyDictionary<Guid, string> ReceiptNames,
    IReadOnlyList<HistoryEntry> History,
    LocalDate Today)
{
    public int DaysOverdue => Receivable.DaysOverdue(Today);
}
