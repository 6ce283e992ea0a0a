using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>
/// Settings SQLite keeps per connection, applied each time one opens. <c>busy_timeout</c>: a writer that finds the
/// database locked (another host or another module's work) waits in SQLite's own handler, which retries within
/// milliseconds; without it Microsoft.Data.Sqlite retries every 150 ms, which made a contended claim wait 150–450 ms.
/// <c>synchronous</c> (<see cref="DatabaseOptions.SqliteSynchronous"/>): NORMAL by default, the usual setting with WAL:
/// a commit is safe when the process dies, and only the last commits can be lost when the machine loses power.
/// <c>cache_size</c> (<see cref="DatabaseOptions.SqliteCacheKiB"/>): the page cache each pooled connection keeps.
/// The settings stay with SQLite's connection, which the pool keeps open between EF's opens (one per query), so they
/// are sent once per native connection, not on every open.
/// </summary>
internal sealed class SqliteConnectionSettings(DatabaseOptions options) : DbConnectionInterceptor
{
    private readonly string _pragmas =
        $"PRAGMA busy_timeout = 30000; PRAGMA synchronous = {(options.SqliteSynchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")}; " +
        $"PRAGMA cache_size = -{Math.Max(64, options.SqliteCacheKiB)};";

    /// <summary>The native connections already set (weak: a connection the pool closes is forgotten with it).</summary>
    private readonly ConditionalWeakTable<sqlite3, object> _set = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Needed(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
            Done(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Needed(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Done(connection);
        }
    }

    private bool Needed(DbConnection connection) => connection is not SqliteConnection { Handle: { } handle } || !_set.TryGetValue(handle, out _);

    private void Done(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _set.AddOrUpdate(handle, this);
        }
    }
}
