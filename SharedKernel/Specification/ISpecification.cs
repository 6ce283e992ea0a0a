using System.Linq.Expressions;

namespace SalesSuite.SharedKernel.Specification;

/// <summary>Query description with Ardalis.Specification's shape (that package is not on our registry).</summary>
public interface ISpecification<T>
{
    IReadOnlyList<Expression<Func<T, bool>>> WhereExpressions { get; }
    IReadOnlyList<OrderExpression<T>> OrderExpressions { get; }
    IReadOnlyList<LambdaExpression> IncludeExpressions { get; }
    int? Skip { get; }
    int? Take { get; }
    bool AsNoTracking { get; }

    /// <summary>Evaluates the criteria in memory (no paging), e.g. for a domain rule on one entity.</summary>
    bool IsSatisfiedBy(T entity);
}
