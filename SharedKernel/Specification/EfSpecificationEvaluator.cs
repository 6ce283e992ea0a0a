using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace SalesSuite.SharedKernel.Specification;

/// <summary>
/// The small part of Ardalis.Specification.EntityFrameworkCore (not served here) we need: criteria, includes,
/// order, paging and the tracking / split-query flags of an Ardalis specification applied to an EF query.
/// In memory, use the specification's own <c>Evaluate</c>.
/// </summary>
public static class EfSpecificationEvaluator
{
    private static readonly MethodInfo Include = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include)
                     && m.GetParameters()[1].ParameterType != typeof(string));

    private static readonly MethodInfo ThenIncludeAfterReference = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Where(m => m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude))
        .Single(m => !m.GetParameters()[0].ParameterType.GetGenericArguments()[1].IsGenericType);

    private static readonly MethodInfo ThenIncludeAfterCollection = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Where(m => m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude))
        .Single(m => m.GetParameters()[0].ParameterType.GetGenericArguments()[1].IsGenericType);

    public static IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> spec) where T : class
    {
        query = WhereEvaluator.Instance.GetQuery(query, spec);
        query = ApplyIncludes(query, spec);
        query = OrderEvaluator.Instance.GetQuery(query, spec);
        query = PaginationEvaluator.Instance.GetQuery(query, spec);
        if (spec.AsNoTracking)
        {
            query = query.AsNoTracking();
        }
        if (spec.AsSplitQuery)
        {
            query = query.AsSplitQuery();
        }
        if (spec.IgnoreQueryFilters)
        {
            query = query.IgnoreQueryFilters();
        }
        return query;
    }

    public static IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> query, ISpecification<T, TResult> spec)
        where T : class =>
        GetQuery(query, (ISpecification<T>)spec).Select(
            spec.Selector ?? throw new InvalidOperationException($"{spec.GetType().Name} has no Select."));

    private static IQueryable<T> ApplyIncludes<T>(IQueryable<T> query, ISpecification<T> spec) where T : class
    {
        foreach (var path in spec.IncludeStrings)
        {
            query = query.Include(path);
        }
        object current = query;
        foreach (var include in spec.IncludeExpressions)
        {
            current = include.Type == IncludeTypeEnum.Include
                ? Invoke(Include, [typeof(T), include.LambdaExpression.ReturnType], current, include.LambdaExpression)
                : ThenInclude(current, include);
        }
        return (IQueryable<T>)current;
    }

    private static object ThenInclude(object query, IncludeExpressionInfo include)
    {
        var previous = include.PreviousPropertyType!;
        var entity = include.LambdaExpression.Parameters[0].Type;
        var root = query.GetType().GetGenericArguments()[0];
        var afterCollection = previous != typeof(string) && previous.IsGenericType
            && typeof(System.Collections.IEnumerable).IsAssignableFrom(previous);
        return afterCollection
            ? Invoke(ThenIncludeAfterCollection, [root, entity, include.LambdaExpression.ReturnType], query, include.LambdaExpression)
            : Invoke(ThenIncludeAfterReference, [root, entity, include.LambdaExpression.ReturnType], query, include.LambdaExpression);
    }

    private static object Invoke(MethodInfo method, Type[] arguments, object query, LambdaExpression lambda) =>
        method.MakeGenericMethod(arguments).Invoke(null, [query, lambda])!;
}
