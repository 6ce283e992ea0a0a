using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

internal static class Db
{
    public static Task<T> QueryAsync<T>(this AppFactory factory, Func<LeadsDbContext, Task<T>> query) =>
        factory.InScopeAsync(sp => query(sp.GetRequiredService<LeadsDbContext>()));

    /// <summary>The PipelineChanged events in Leads' outbox, in no particular order.</summary>
    public static Task<List<PipelineChanged>> PipelineChangesAsync(this AppFactory factory) => factory.QueryAsync(async db =>
        (await db.Outbox.AsNoTracking().Where(o => o.Type.StartsWith("SalesSuite.Leads.Contracts.PipelineChanged,")).ToListAsync())
        .Select(o => (PipelineChanged)EventSerializer.Deserialize(o.Type, o.Payload)).ToList());

    public static Task<int> OutboxCountAsync(this AppFactory factory, string eventTypeContains) =>
        factory.QueryAsync(db => db.Outbox.CountAsync(o => o.Type.Contains(eventTypeContains)));
}
