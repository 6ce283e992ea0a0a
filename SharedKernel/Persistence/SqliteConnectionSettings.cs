using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>
/// Settings SQLite keeps per connection, applied each time one opens. <c>busy_timeout</c>: a writer that finds the
/// database locked (another host or another module's work) waits in SQLite's own handler, which retries within
/// milliseconds; without it Microsoft.Data.Sqlite retries every 150 ms, which made a contended claim wait 150–450 ms.
/// <c>synchronous</c> (<see cref="DatabaseOptions.SqliteSynchronous"/>): NORMAL by default, the usual setting with WAL:
/// a commit is safe when the process dies, and only the last commits can be lost when the machine loses power.
/// </summary>
internal sealed class SqliteConnectionSettings(DatabaseOptions options) : DbConnectionInterceptor
{
    private readonly string _pragmas =
        $"PRAGMA busy_timeout = 30000; PRAGMA synchronous = {(options.SqliteSynchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
