using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

internal static class Db
{
    public static Task<T> QueryAsync<T>(this AppFactory factory, Func<LeadsDbContext, Task<T>> query) =>
        factory.InScopeAsync(sp => query(sp.GetRequiredService<LeadsDbContext>()));

    public static Task<Guid> UserIdAsync(this AppFactory factory, string userName) =>
        factory.InScopeAsync(async sp => (await sp.GetRequiredService<IOrganisation>().ActiveUsersAsync()).Single(u => u.UserName == userName).Id);

    public static Task<int> OutboxCountAsync(this AppFactory factory, string eventTypeContains) =>
        factory.QueryAsync(db => db.Outbox.CountAsync(o => o.Type.Contains(eventTypeContains)));
}
