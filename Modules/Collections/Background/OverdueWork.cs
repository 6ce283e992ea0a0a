using SalesSuite.Collections.Application.Overdue;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.Collections.Background;

/// <summary>
/// The overdue follow-up on a timer, off the injected clock, through the command the tests call: reports newly overdue
/// receivables once and escalates untagged ones. One tick at a time per process (a tick may take several batches).
/// </summary>
internal sealed class OverdueWork(OverdueCommands overdue) : IPeriodicWork
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    public async Task<FollowUpResult> TickAsync(CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            return await overdue.FollowUpAsync(ct);
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
