using System.Linq.Expressions;

namespace SalesSuite.SharedKernel.Specification;

internal sealed class SpecificationBuilder<T, TResult>(Specification<T, TResult> spec)
    : SpecificationBuilder<T>(spec), ISpecificationBuilder<T, TResult> where T : class
{
    public ISpecificationBuilder<T, TResult> Select(Expression<Func<T, TResult>> selector)
    {
        spec.Selector = selector;
        return this;
    }
}
