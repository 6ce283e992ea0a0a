using System.Linq.Expressions;

namespace SalesSuite.SharedKernel.Specification;

public interface ISpecification<T, TResult> : ISpecification<T>
{
    Expression<Func<T, TResult>>? Selector { get; }
}
