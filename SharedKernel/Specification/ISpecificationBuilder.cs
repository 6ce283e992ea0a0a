using System.Linq.Expressions;

namespace SalesSuite.SharedKernel.Specification;

public interface ISpecificationBuilder<T>
{
    ISpecificationBuilder<T> Where(Expression<Func<T, bool>> criteria);
    IOrderedSpecificationBuilder<T> OrderBy<TKey>(Expression<Func<T, TKey>> keySelector);
    IOrderedSpecificationBuilder<T> OrderByDescending<TKey>(Expression<Func<T, TKey>> keySelector);
    ISpecificationBuilder<T> Include<TProperty>(Expression<Func<T, TProperty>> navigation);
    ISpecificationBuilder<T> Skip(int count);
    ISpecificationBuilder<T> Take(int count);
    ISpecificationBuilder<T> AsNoTracking();
}
