using System.Linq.Expressions;

namespace SalesSuite.SharedKernel.Specification;

internal class SpecificationBuilder<T>(Specification<T> spec) : IOrderedSpecificationBuilder<T> where T : class
{
    public ISpecificationBuilder<T> Where(Expression<Func<T, bool>> criteria)
    {
        spec.Wheres.Add(criteria);
        return this;
    }

    public IOrderedSpecificationBuilder<T> OrderBy<TKey>(Expression<Func<T, TKey>> keySelector) => Order(keySelector, false, false);

    public IOrderedSpecificationBuilder<T> OrderByDescending<TKey>(Expression<Func<T, TKey>> keySelector) => Order(keySelector, true, false);

    public IOrderedSpecificationBuilder<T> ThenBy<TKey>(Expression<Func<T, TKey>> keySelector) => Order(keySelector, false, true);

    public IOrderedSpecificationBuilder<T> ThenByDescending<TKey>(Expression<Func<T, TKey>> keySelector) => Order(keySelector, true, true);

    public ISpecificationBuilder<T> Include<TProperty>(Expression<Func<T, TProperty>> navigation)
    {
        spec.Includes.Add(navigation);
        return this;
    }

    public ISpecificationBuilder<T> Skip(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        spec.Skip = count;
        return this;
    }

    public ISpecificationBuilder<T> Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        spec.Take = count;
        return this;
    }

    public ISpecificationBuilder<T> AsNoTracking()
    {
        spec.AsNoTracking = true;
        return this;
    }

    private SpecificationBuilder<T> Order(LambdaExpression keySelector, bool descending, bool thenBy)
    {
        spec.Orders.Add(new OrderExpression<T>(keySelector, descending, thenBy && spec.Orders.Count > 0));
        return this;
    }
}
