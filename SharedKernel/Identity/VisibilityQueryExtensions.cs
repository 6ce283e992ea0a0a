using System.Linq.Expressions;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Identity;

/// <summary>
/// The visibility rule as a query filter, so lists filter in the database (never load everything and filter in
/// memory): <c>db.Deals.VisibleTo(visibility, d =&gt; d.OwnerId)</c>.
/// </summary>
public static class VisibilityQueryExtensions
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, Visibility visibility, Expression<Func<T, Guid>> owner) =>
        visibility.All ? query : query.Where(visibility.Predicate(owner));

    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, Visibility visibility, Expression<Func<T, Guid?>> owner) =>
        visibility.All ? query : query.Where(visibility.Predicate(owner));

    /// <summary><c>x =&gt; owners.Contains(owner(x))</c> (owners as a query parameter), or always true for those who see all.</summary>
    public static Expression<Func<T, bool>> Predicate<T, TKey>(this Visibility visibility, Expression<Func<T, TKey>> owner)
    {
        if (visibility.All)
        {
            return _ => true;
        }
        return QueryParameters.In(owner, visibility.Owners.Select(o => (TKey)(object)o));
    }
}
