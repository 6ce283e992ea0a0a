using System.Linq.Expressions;

namespace SalesSuite.SharedKernel.Specification;

/// <summary>A specification that also projects: <c>Query.Select(x => new Dto(..))</c>.</summary>
public abstract class Specification<T, TResult> : Specification<T>, ISpecification<T, TResult> where T : class
{
    protected Specification() => Query = new SpecificationBuilder<T, TResult>(this);

    protected new ISpecificationBuilder<T, TResult> Query { get; }

    public Expression<Func<T, TResult>>? Selector { get; internal set; }
}
