using NodaTime;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>The contract page: header, schedule, the money allocated to each milestone, schedule changes and history.</summary>
internal sealed record ContractDetail(
    Contract Contract,
    string Customer,
    string? CustomerCode,
    IReadOnlyList<AllocationLine> Allocations,
    IReadOnlyList<ScheduleChange> Changes,
    IReadOnlyList<HistoryEntry> History,
    LocalDate Today)
{
    public IEnumerable<Receivable> Schedule => Contract.Milestones.OrderBy(m => m.Sequence);

    public string Status => Contract.ClosedLoopAt is not null ? "ClosedLoop" : Contract.Milestones.Any(m => m.IsOverdue(Today)) ? "Overdue" : "Open";
}
