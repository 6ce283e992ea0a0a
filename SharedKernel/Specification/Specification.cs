using System.Linq.Expressions;

namespace SalesSuite.SharedKernel.Specification;

/// <summary>Derive and describe the query in the constructor: <c>Query.Where(..).OrderBy(..).Skip(..).Take(..)</c>.</summary>
public abstract class Specification<T> : ISpecification<T> where T : class
{
    internal readonly List<Expression<Func<T, bool>>> Wheres = [];
    internal readonly List<OrderExpression<T>> Orders = [];
    internal readonly List<LambdaExpression> Includes = [];

    protected Specification() => Query = new SpecificationBuilder<T>(this);

    protected ISpecificationBuilder<T> Query { get; }

    public IReadOnlyList<Expression<Func<T, bool>>> WhereExpressions => Wheres;
    public IReadOnlyList<OrderExpression<T>> OrderExpressions => Orders;
    public IReadOnlyList<LambdaExpression> IncludeExpressions => Includes;
    public int? Skip { get; internal set; }
    public int? Take { get; internal set; }
    public bool AsNoTracking { get; internal set; }

    public bool IsSatisfiedBy(T entity) => Wheres.All(w => w.Compile()(entity));

    /// <summary>Applies the specification to an in-memory sequence (criteria, order and paging).</summary>
    public IEnumerable<T> Evaluate(IEnumerable<T> source) =>
        SpecificationEvaluator.Default.GetQuery(source.AsQueryable(), this, evaluateIncludes: false);
}
