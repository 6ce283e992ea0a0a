using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Data;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

internal static class Db
{
    public static Task<T> QueryAsync<T>(this AppFactory factory, Func<LeadsDbContext, Task<T>> query) =>
        factory.InScopeAsync(sp => query(sp.GetRequiredService<LeadsDbContext>()));

    public static Task<int> OutboxCountAsync(this AppFactory factory, string eventTypeContains) =>
        factory.QueryAsync(db => db.Outbox.CountAsync(o => o.Type.Contains(eventTypeContains)));
}
