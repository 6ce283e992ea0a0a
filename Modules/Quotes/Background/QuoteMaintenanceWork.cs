using SalesSuite.Quotes.Application.Escalation;
using SalesSuite.Quotes.Application.Maintenance;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.Quotes.Background;

/// <summary>The periodic tick (every 30 s): runs the clock-triggered use cases (breaches, expiries, escalations). Tests call <see cref="TickAsync"/>.</summary>
internal sealed class QuoteMaintenanceWork(QuoteMaintenanceCommands commands, EscalationCommands escalations) : IPeriodicWork
{
    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    /// <summary>Breaches first, so a step breached in this tick is escalated (level 1) in the same tick.</summary>
    public async Task<int> TickAsync(CancellationToken ct) => await commands.BreachesAndExpiriesAsync(ct) + await escalations.EscalateAsync(ct);
}
