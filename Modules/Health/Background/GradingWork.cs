using SalesSuite.Health.Application.Grading;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.Health.Background;

/// <summary>Every hour: re-grades all customers when the grading interval (72 h by default) has passed since the last run.</summary>
internal sealed class GradingWork(GradingCommands grading) : IPeriodicWork
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    public async Task<int> TickAsync(CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            return await grading.GradeIfDueAsync(ct);
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
