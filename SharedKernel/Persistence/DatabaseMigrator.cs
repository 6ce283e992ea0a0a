using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesSuite.SharedKernel.Persistence;

public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations of every registered context; SQLite files switch to WAL for concurrent readers.</summary>
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var registry = services.GetRequiredService<ModuleDatabaseRegistry>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        await using var scope = services.CreateAsyncScope();
        foreach (var type in registry.Contexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            logger.LogInformation("Database of {Context} is up to date", type.Name);
        }
    }
}
