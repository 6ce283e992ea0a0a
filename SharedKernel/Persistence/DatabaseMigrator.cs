using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesSuite.SharedKernel.Persistence;

public static class DatabaseMigrator
{
    /// <summary>
    /// Applies pending migrations of every registered context; SQLite files switch to WAL for concurrent readers.
    /// A database whose applied migrations already include every migration of its module is left alone: comparing the
    /// ids is one small read of the history table, while <c>Migrate</c> also takes the migration lock and checks the
    /// model against the snapshot (a second model build and a diff per context, most of a start's time). That check
    /// is a test's (tests/Host.Tests/Platform/PendingMigrationsTests), not every start's.
    /// </summary>
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var registry = services.GetRequiredService<ModuleDatabaseRegistry>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        // The modules' databases are independent (a file or a schema each), so they are checked side by side: most of
        // the time is building each context's model, which uses a core each.
        await Task.WhenAll(registry.Contexts.Select(type =>
            Task.Run(() => MigrateAsync(services, type, logger, cancellationToken), cancellationToken)));
    }

    private static async Task MigrateAsync(IServiceProvider services, Type type, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
        if (!await IsUpToDateAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        logger.LogInformation("Database of {Context} is up to date", type.Name);
    }

    /// <summary>
    /// Every migration of the context is in its history table (a missing database or table has none). The ids are read
    /// with one plain command: EF's own check (<c>GetAppliedMigrationsAsync</c>) first builds a model of the history
    /// table and asks whether the database exists, per context, at every start.
    /// </summary>
    public static async Task<bool> IsUpToDateAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        var relational = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>());
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(
            relational.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName, relational.MigrationsHistoryTableSchema);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT {sql.DelimitIdentifier("MigrationId")} FROM {table}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (DbException)
        {
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return db.Database.GetMigrations().All(applied.Contains);
    }
}
