using SalesSuite.SharedKernel.Background;
using SalesSuite.Stores.Application.Media;

namespace SalesSuite.Stores.Background;

/// <summary>Hourly: removes uploads no report will use (<see cref="MediaCommands.SweepOrphansAsync"/>). Tests call TickAsync.</summary>
internal sealed class OrphanFilesWork(MediaCommands media) : IPeriodicWork
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    public Task<MediaSweep> TickAsync(CancellationToken ct) => media.SweepOrphansAsync(ct);
}
