using SalesSuite.Leads.Application.Actions;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Application.Tasks;
using SalesSuite.Leads.Application.Visits;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.Leads.Background;

/// <summary>
/// One tick of the module's timed work, off the injected clock, through the same commands the pages use: releases
/// expired claims, reminds / marks overdue / escalates next actions, escalates stage tasks past their SLA, moves
/// unconfirmed visits up the reporting line. Tests call <see cref="TickAsync"/> directly.
/// </summary>
internal sealed class LeadsWork(
    LeadCommands leads, NextActionCommands actions, StageTaskCommands tasks, VisitCommands visits) : IPeriodicWork
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    Task IPeriodicWork.TickAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    public async Task<TickResult> TickAsync(CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            var released = await leads.ReleaseExpiredAsync(ct);
            var (overdue, escalated) = await actions.FollowUpOverdueAsync(ct);
            var tasksEscalated = await tasks.EscalateOverdueAsync(ct);
            var visitsEscalated = await visits.EscalateUnconfirmedAsync(ct);
            return new TickResult(released, overdue, escalated, tasksEscalated, visitsEscalated);
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
