using NodaTime;
using SalesSuite.Goals.Application.Evidence;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.IntegrationEventHandlers;

/// <summary>
/// Every evidence event goes through here: the customer directory is updated first (so a key customer counts on the
/// same event), then the fact is recorded with its matches, in one SaveChanges with the inbox record.
/// </summary>
internal abstract class GoalsHandler<TEvent>(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : IdempotentHandler<TEvent, GoalsDbContext>(db, clock)
    where TEvent : IIntegrationEvent
{
    protected override async Task ApplyAsync(TEvent e, CancellationToken ct)
    {
        await CustomerAsync(e, ct);
        if (Fact(e, business.Zone) is { } fact)
        {
            await recorder.RecordAsync(fact, ct);
        }
    }

    protected abstract EvidenceFact? Fact(TEvent e, DateTimeZone zone);

    protected virtual Task CustomerAsync(TEvent e, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Adds or updates the customer Goals knows (tracked, so the fact's key-customer check sees it).</summary>
    protected async Task<GoalCustomer> UpsertCustomerAsync(Guid id, string? code, string? name, Guid? ownerId, CancellationToken ct)
    {
        var customer = Db.Customers.Local.FirstOrDefault(c => c.Id == id) ?? await Db.Customers.FindAsync([id], ct);
        if (customer is null)
        {
            customer = new GoalCustomer(id, code ?? "", name ?? code ?? id.ToString("N")[..8], ownerId);
            Db.Customers.Add(customer);
        }
        else
        {
            customer.Update(code, name, ownerId);
        }
        return customer;
    }
}
