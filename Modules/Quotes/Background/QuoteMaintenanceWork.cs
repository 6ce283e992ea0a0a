using SalesSuite.Quotes.Application.Maintenance;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.Quotes.Background;

/// <summary>The periodic tick (every 30 s): runs the clock-triggered use cases. Tests call <see cref="TickAsync"/>.</summary>
internal sealed class QuoteMaintenanceWork(QuoteMaintenanceCommands commands) : IPeriodicWork
{
    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    public Task<int> TickAsync(CancellationToken ct) => commands.BreachesAndExpiriesAsync(ct);
}
