using NodaTime;
using SalesSuite.Health.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.IntegrationEventHandlers;

/// <summary>Health paused a salesperson: they get no new leads until resumed.</summary>
internal sealed class AssignmentPausedHandler(LeadsDbContext db, IClock clock) : IdempotentHandler<AssignmentPaused, LeadsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AssignmentPaused e, CancellationToken ct)
    {
        if (await Db.PausedSalespeople.FindAsync([e.UserId], ct) is null)
        {
            Db.PausedSalespeople.Add(new PausedSalesperson(e.UserId, e.Reason, e.OccurredAt));
        }
    }
}
