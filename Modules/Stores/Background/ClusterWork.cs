using NodaTime;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application.Clusters;
using SalesSuite.Stores.Application.Flags;

namespace SalesSuite.Stores.Background;

/// <summary>
/// Every two minutes: marks duplicate feedback texts, raises same-question flags and evaluates issue clusters for today
/// and yesterday (a report sent just before midnight is still checked, and Sunday's lines still count for their week).
/// Only calls the services the tests call; each step is idempotent.
/// </summary>
internal sealed class ClusterWork(FeedbackCheckService checks, ClusterService clusters, BusinessClock business) : IPeriodicWork
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(2);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    public async Task<ClusterEvaluation> TickAsync(CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            var today = business.Today;
            var (raised, added) = (0, 0);
            foreach (var day in new[] { today.PlusDays(-1), today })
            {
                await checks.MarkDuplicatesAsync(day, ct);
                await checks.RaiseFlagsAsync(day, ct);
            }
            foreach (var day in Weeks(today))
            {
                var result = await clusters.EvaluateAsync(day, ct);
                (raised, added) = (raised + result.Raised, added + result.StoresAdded);
            }
            return new ClusterEvaluation(raised, added);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>Today's week, and last week too on a Monday.</summary>
    private static LocalDate[] Weeks(LocalDate today) => today.DayOfWeek == IsoDayOfWeek.Monday ? [today.PlusDays(-1), today] : [today];
}
