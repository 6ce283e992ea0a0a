using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Goals.Data;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

/// <summary>Helpers for Goals' integration tests on the real host (real SQLite).</summary>
internal static class GoalsApp
{
    public static Task<T> GoalsAsync<T>(this AppFactory app, Func<GoalsDbContext, Task<T>> read) =>
        app.InScopeAsync(sp => read(sp.GetRequiredService<GoalsDbContext>()));

    public static Task GoalsAsync(this AppFactory app, Func<GoalsDbContext, Task> work) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<GoalsDbContext>();
            await work(db);
            await db.SaveChangesAsync();
        });

    /// <summary>Events of one type Goals published (its outbox), newest last.</summary>
    public static Task<List<string>> PublishedAsync(this AppFactory app, string type) =>
        app.GoalsAsync(db => db.Outbox.AsNoTracking().Where(m => m.Type.Contains(type)).OrderBy(m => m.OccurredAt)
            .Select(m => m.Payload).ToListAsync());
}
