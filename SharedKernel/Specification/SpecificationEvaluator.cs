using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace SalesSuite.SharedKernel.Specification;

/// <summary>Turns a specification into an IQueryable (EF Core or in-memory): where, include, order, skip, take.</summary>
public sealed class SpecificationEvaluator
{
    public static SpecificationEvaluator Default { get; } = new();

    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> spec, bool evaluateIncludes = true) where T : class
    {
        foreach (var where in spec.WhereExpressions)
        {
            query = query.Where(where);
        }
        if (evaluateIncludes)
        {
            foreach (var include in spec.IncludeExpressions)
            {
                query = ApplyInclude(query, include);
            }
        }
        query = ApplyOrder(query, spec.OrderExpressions);
        if (spec.Skip is { } skip)
        {
            query = query.Skip(skip);
        }
        if (spec.Take is { } take)
        {
            query = query.Take(take);
        }
        return spec.AsNoTracking ? query.AsNoTracking() : query;
    }

    public IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> query, ISpecification<T, TResult> spec) where T : class =>
        GetQuery(query, (ISpecification<T>)spec).Select(spec.Selector
            ?? throw new InvalidOperationException($"{spec.GetType().Name} has no Select."));

    private static IQueryable<T> ApplyOrder<T>(IQueryable<T> query, IReadOnlyList<OrderExpression<T>> orders)
    {
        foreach (var order in orders)
        {
            var method = (order.IsThenBy, order.Descending) switch
            {
                (false, false) => nameof(Queryable.OrderBy),
                (false, true) => nameof(Queryable.OrderByDescending),
                (true, false) => nameof(Queryable.ThenBy),
                (true, true) => nameof(Queryable.ThenByDescending),
            };
            query = query.Provider.CreateQuery<T>(Expression.Call(
                typeof(Queryable), method, [typeof(T), order.KeySelector.ReturnType],
                query.Expression, Expression.Quote(order.KeySelector)));
        }
        return query;
    }

    private static IQueryable<T> ApplyInclude<T>(IQueryable<T> query, LambdaExpression include) where T : class
    {
        var method = typeof(EntityFrameworkQueryableExtensions).GetMethods()
            .First(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include)
                        && m.GetParameters()[1].ParameterType != typeof(string))
            .MakeGenericMethod(typeof(T), include.ReturnType);
        return (IQueryable<T>)method.Invoke(null, [query, include])!;
    }
}
