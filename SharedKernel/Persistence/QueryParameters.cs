using System.Linq.Expressions;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>
/// Predicates built from expression trees that EF Core still caches. A value put into a tree with
/// <c>Expression.Constant</c> becomes part of the query's cache key (a new list per request is a new key, so EF compiles
/// the query again on every request) and is inlined into the SQL as a literal. Reading the value through a member of a
/// constant, as a C# closure does, makes it a parameter: one compiled query and one SQL text for every value.
/// </summary>
public static class QueryParameters
{
    /// <summary><c>x =&gt; values.Contains(key(x))</c> with <paramref name="values"/> sent as a query parameter.</summary>
    public static Expression<Func<T, bool>> In<T, TKey>(Expression<Func<T, TKey>> key, IEnumerable<TKey> values)
    {
        var holder = new Parameter<List<TKey>>(values.ToList());
        var list = Expression.Property(Expression.Constant(holder), nameof(Parameter<List<TKey>>.Value));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], list, key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    /// <summary>The closure-like holder: EF evaluates <see cref="Value"/> into a parameter when the query runs.</summary>
    private sealed class Parameter<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
