using SalesSuite.Collections.Application.Milestones;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.Collections.Background;

/// <summary>
/// Escalates "customer says it is paid" reports Finance has not answered in time, off the injected clock, through the
/// same command a test calls. Tests call <see cref="TickAsync"/> directly after advancing the fake clock.
/// </summary>
internal sealed class ReportEscalationWork(MilestoneCommands milestones) : IPeriodicWork
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    /// <returns>How many reports were escalated in this pass.</returns>
    public async Task<int> TickAsync(CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            return await milestones.EscalateUnconfirmedReportsAsync(ct);
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
