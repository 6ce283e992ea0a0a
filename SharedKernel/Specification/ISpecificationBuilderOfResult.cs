using System.Linq.Expressions;

namespace SalesSuite.SharedKernel.Specification;

public interface ISpecificationBuilder<T, TResult> : ISpecificationBuilder<T>
{
    ISpecificationBuilder<T, TResult> Select(Expression<Func<T, TResult>> selector);
}
