using NodaTime;
using SalesSuite.Health.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.IntegrationEventHandlers;

internal sealed class AssignmentResumedHandler(LeadsDbContext db, IClock clock) : IdempotentHandler<AssignmentResumed, LeadsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AssignmentResumed e, CancellationToken ct)
    {
        if (await Db.PausedSalespeople.FindAsync([e.UserId], ct) is { } paused)
        {
            Db.PausedSalespeople.Remove(paused);
        }
    }
}
