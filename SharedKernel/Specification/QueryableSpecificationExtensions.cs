using Ardalis.Specification;

namespace SalesSuite.SharedKernel.Specification;

public static class QueryableSpecificationExtensions
{
    /// <summary><c>db.Leads.WithSpecification(new PoolBoardSpec(filter))</c>, as in Ardalis.Specification.EntityFrameworkCore.</summary>
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> source, ISpecification<T> spec)
        where T : class =>
        EfSpecificationEvaluator.GetQuery(source, spec);

    public static IQueryable<TResult> WithSpecification<T, TResult>(this IQueryable<T> source, ISpecification<T, TResult> spec)
        where T : class =>
        EfSpecificationEvaluator.GetQuery(source, spec);
}
