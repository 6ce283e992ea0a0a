using Microsoft.Data.Sqlite;

namespace SalesSuite.Host.Tests.MultiHost;

/// <summary>Reads (and for a test's setup, writes) the hosts' shared SQLite files directly, as a second reader in WAL mode.</summary>
internal sealed class SharedData(string folder)
{
    public static readonly string[] Databases = ["platform", "leads", "quotes", "collections", "stores", "goals", "health"];

    public string Folder { get; } = folder;

    public async Task<List<object?[]>> QueryAsync(string database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public async Task<long> ScalarAsync(string database, string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64((await QueryAsync(database, sql, parameters))[0][0]);

    public async Task<int> ExecuteAsync(string database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return await command.ExecuteNonQueryAsync();
    }

    private SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(Folder, database + ".db")};Default Timeout=30;Pooling=False");
        connection.Open();
        return connection;
    }
}
