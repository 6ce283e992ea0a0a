using Microsoft.Data.Sqlite;

namespace SalesSuite.Bench.DataGen;

/// <summary>
/// Fast inserts into one module's SQLite file: one prepared statement, a transaction per 50,000 rows, no fsync while
/// generating. Table and column names come from the module's EF model where possible (see the generators).
/// </summary>
internal sealed class Bulk : IAsyncDisposable
{
    private const int RowsPerTransaction = 50_000;
    private readonly SqliteConnection _connection;

    private Bulk(SqliteConnection connection) => _connection = connection;

    public SqliteConnection Connection => _connection;

    /// <param name="file">The module's database file name without ".db", e.g. "leads".</param>
    public static async Task<Bulk> OpenAsync(string dataFolder, string file)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, file + ".db")};Default Timeout=60");
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-200000;";
        await pragma.ExecuteNonQueryAsync();
        return new Bulk(connection);
    }

    /// <summary>Inserts every row of <paramref name="rows"/>; each row has one value per column (null for NULL).</summary>
    public async Task<long> InsertAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var command = _connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        long count = 0;
        var transaction = _connection.BeginTransaction();
        command.Transaction = transaction;
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync();
            if (++count % RowsPerTransaction == 0)
            {
                await transaction.CommitAsync();
                await transaction.DisposeAsync();
                transaction = _connection.BeginTransaction();
                command.Transaction = transaction;
            }
        }
        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        await command.DisposeAsync();
        return count;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteAsync("PRAGMA optimize;");
        await _connection.DisposeAsync();
    }
}
