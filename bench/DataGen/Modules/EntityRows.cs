using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SalesSuite.Bench.DataGen;

/// <summary>
/// Rows for <see cref="Bulk"/> from domain objects: the table and columns come from the module's EF model, values go
/// through the model's converters (NodaTime, enums as text) and are then stored as EF Core's SQLite provider stores them
/// (Guid as upper-case text, DateTime as "yyyy-MM-dd HH:mm:ss.FFFFFFF", decimal as text). So generators build rows
/// with the domain's constructors and methods (every state one the application can reach) and write them without
/// change tracking. Only for entity types without owned (JSON) navigations; those few rows go through EF.
/// </summary>
internal sealed class EntityRows<T>
    where T : class
{
    private readonly Func<T, object?>[] _values;

    public EntityRows(DbContext db)
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        if (type.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            throw new InvalidOperationException($"{typeof(T).Name} has owned navigations: write it through EF");
        }
        Table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(Table, type.GetSchema());
        var properties = type.GetProperties().ToList();
        Columns = properties.Select(p => p.GetColumnName(store)!).ToList();
        _values = properties.Select(Reader).ToArray();
    }

    public string Table { get; }

    public IReadOnlyList<string> Columns { get; }

    public object?[] Row(T entity)
    {
        var row = new object?[_values.Length];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = _values[i](entity);
        }
        return row;
    }

    public Task<long> InsertAsync(Bulk bulk, IEnumerable<T> entities) => bulk.InsertAsync(Table, Columns, entities.Select(Row));

    private static Func<T, object?> Reader(IProperty property)
    {
        if (property.IsShadowProperty())
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} is a shadow property");
        }
        var getter = property.GetGetter();
        var converter = property.GetTypeMapping().Converter;
        return entity =>
        {
            var value = getter.GetClrValue(entity);
            if (value is not null && converter is not null)
            {
                value = converter.ConvertToProvider(value);
            }
            return Store(value);
        };
    }

    /// <summary>A value as EF Core's SQLite provider writes it.</summary>
    public static object? Store(object? value) => value switch
    {
        null => null,
        Guid g => g.ToString().ToUpperInvariant(),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.0###########################", CultureInfo.InvariantCulture),
        bool b => b ? 1L : 0L,
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture),
        _ => value,
    };
}

/// <summary>Sets what a domain object keeps private (deterministic ids for the generated rows).</summary>
internal static class Private
{
    public static void Set(object target, string property, object? value)
    {
        var info = target.GetType().GetProperty(property, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"{target.GetType().Name}.{property}");
        info.SetValue(target, value);
    }
}
