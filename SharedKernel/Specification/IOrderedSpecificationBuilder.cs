using System.Linq.Expressions;

namespace SalesSuite.SharedKernel.Specification;

public interface IOrderedSpecificationBuilder<T> : ISpecificationBuilder<T>
{
    IOrderedSpecificationBuilder<T> ThenBy<TKey>(Expression<Func<T, TKey>> keySelector);
    IOrderedSpecificationBuilder<T> ThenByDescending<TKey>(Expression<Func<T, TKey>> keySelector);
}
