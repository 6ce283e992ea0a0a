using NodaTime;
using SalesSuite.Health.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.IntegrationEventHandlers;

/// <summary>Health switched trace mode on or off for a person: corrections of their records then need a reason.</summary>
internal sealed class TraceModeChangedHandler(LeadsDbContext db, IClock clock) : IdempotentHandler<TraceModeChanged, LeadsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(TraceModeChanged e, CancellationToken ct)
    {
        if (await Db.TraceModes.FindAsync([e.UserId], ct) is { } state)
        {
            state.Apply(e.On, e.Reason, e.OccurredAt);
            return;
        }
        Db.TraceModes.Add(new TraceMode(e.UserId, e.On, e.Reason, e.OccurredAt));
    }
}
