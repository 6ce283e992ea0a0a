using SalesSuite.Health.Application.Actions;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.Health.Background;

/// <summary>Every 15 minutes: the automatic rules run and due freezes lift. Tests call <see cref="TickAsync"/> with the FakeClock.</summary>
internal sealed class RulesWork(RuleCommands rules) : IPeriodicWork
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    public async Task<RuleRun> TickAsync(CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            return await rules.EvaluateAsync(ct);
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
