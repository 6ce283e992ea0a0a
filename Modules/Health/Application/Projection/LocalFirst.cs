using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace SalesSuite.Health.Application.Projection;

/// <summary>
/// Queries that also see rows added in this unit of work and not saved yet: a rebuild saves in batches, so the projector
/// must find what an earlier event of the same batch created (key lookups use FindAsync, which does the same).
/// </summary>
internal static class LocalFirst
{
    public static async Task<List<T>> WhereAsync<T>(this DbSet<T> set, Expression<Func<T, bool>> predicate, CancellationToken ct)
        where T : class
    {
        var found = await set.Where(predicate).ToListAsync(ct);
        var test = predicate.Compile();
        foreach (var local in set.Local.Where(test))
        {
            if (!found.Contains(local))
            {
                found.Add(local);
            }
        }
        return found.Where(test).ToList();
    }
}
