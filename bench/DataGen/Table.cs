using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace SalesSuite.Bench.DataGen;

/// <summary>
/// One table of a module's SQLite file as the migrations made it: its columns (in order), a template row (a real row
/// of the demo seed, or the columns' defaults) and its secondary indexes. A generator starts each row from the
/// template and sets the columns it knows, so a column another migration added later still gets a valid value.
/// Values are stored the way EF Core stores them on SQLite: Guids as upper-case text, Instants as UTC date-times,
/// LocalDates as dates, Durations as whole seconds, enums as the names given (the modules store enums as text).
/// </summary>
internal sealed class Table
{
    private readonly Dictionary<string, int> _index;
    private readonly object?[] _template;

    private Table(string name, IReadOnlyList<string> columns, object?[] template, IReadOnlyList<string> indexSql)
    {
        Name = name;
        Columns = columns;
        _template = template;
        IndexSql = indexSql;
        _index = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>The CREATE INDEX statements of the table's secondary (non-automatic) indexes, exactly as migrated.</summary>
    public IReadOnlyList<string> IndexSql { get; }

    /// <summary>Reads the table's columns, a template row (<paramref name="where"/> picks it) and its indexes.</summary>
    public static async Task<Table> OpenAsync(SqliteConnection connection, string name, string? where = null)
    {
        var columns = new List<string>();
        var defaults = new List<object?>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"PRAGMA table_info(\"{name}\")";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(1));
                var type = reader.GetString(2).ToUpperInvariant();
                var notNull = reader.GetInt32(3) == 1;
                defaults.Add(notNull ? DefaultFor(type) : null);
            }
        }
        if (columns.Count == 0)
        {
            throw new InvalidOperationException($"Table {name} does not exist: has its migration been renamed?");
        }
        var template = defaults.ToArray();
        await using (var row = connection.CreateCommand())
        {
            row.CommandText = $"SELECT * FROM \"{name}\" {(where is null ? "" : "WHERE " + where)} LIMIT 1";
            await using var reader = await row.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    template[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }
            }
        }
        var indexes = new List<string>();
        await using (var sql = connection.CreateCommand())
        {
            sql.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $t AND sql IS NOT NULL";
            sql.Parameters.AddWithValue("$t", name);
            await using var reader = await sql.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes.Add(reader.GetString(0));
            }
        }
        return new Table(name, columns, template, indexes);
    }

    private static object DefaultFor(string type) => type switch
    {
        "INTEGER" => 0L,
        "REAL" => 0.0,
        "BLOB" => Array.Empty<byte>(),
        _ => "",
    };

    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>A new row: a copy of the template.</summary>
    public Row NewRow() => new(this, (object?[])_template.Clone());

    internal int IndexOf(string column) =>
        _index.TryGetValue(column, out var i) ? i : throw new InvalidOperationException($"{Name} has no column {column}");

    /// <summary>Drops the secondary indexes (re-create with <see cref="CreateIndexesAsync"/>): bulk loads go faster without them.</summary>
    public async Task DropIndexesAsync(Bulk bulk)
    {
        foreach (var sql in IndexSql)
        {
            var name = sql.Split('"')[1];
            await bulk.ExecuteAsync($"DROP INDEX IF EXISTS \"{name}\"");
        }
    }

    public async Task CreateIndexesAsync(Bulk bulk)
    {
        foreach (var sql in IndexSql)
        {
            await bulk.ExecuteAsync(sql);
        }
    }

    public Task<long> InsertAsync(Bulk bulk, IEnumerable<Row> rows) => bulk.InsertAsync(Name, Columns, rows.Select(r => r.Values));

    /// <summary>The value as EF Core stores it on SQLite.</summary>
    public static object? Store(object? value) => value switch
    {
        null => null,
        Guid g => g.ToString("D").ToUpperInvariant(),
        Instant i => i.ToDateTimeUtc(),
        LocalDate d => d.ToDateOnly(),
        Duration d => (long)d.TotalSeconds,
        bool b => b ? 1L : 0L,
        Enum e => e.ToString(),
        decimal m => m.ToString("0.0###", CultureInfo.InvariantCulture),
        _ => value,
    };
}

/// <summary>One row being built: set columns by name; the rest keep the template's values.</summary>
internal readonly struct Row(Table table, object?[] values)
{
    public object?[] Values { get; } = values;

    public Row Set(string column, object? value)
    {
        Values[table.IndexOf(column)] = Table.Store(value);
        return this;
    }

    /// <summary>Sets the column only when the table has it (columns added by later migrations).</summary>
    public Row SetIf(string column, object? value)
    {
        if (table.Has(column))
        {
            Values[table.IndexOf(column)] = Table.Store(value);
        }
        return this;
    }
}
