using SalesSuite.Goals.Application.Plans;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.Goals.Background;

/// <summary>The missed-key-action check on a timer (hourly), off the injected clock, through the command the tests call.</summary>
internal sealed class MissedActionWork(MissedActionCommands missed) : IPeriodicWork
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    public async Task<int> TickAsync(CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            return await missed.RaiseAsync(ct);
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
