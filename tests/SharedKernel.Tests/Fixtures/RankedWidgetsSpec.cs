using Ardalis.Specification;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

/// <summary>Category A, rank below 10, by rank then name descending, page 2 of size 2.</summary>
public sealed class RankedWidgetsSpec : Specification<Widget>
{
    public RankedWidgetsSpec(string category, int skip = 1, int take = 2) =>
        Query.Where(w => w.Category == category)
            .Where(w => w.Rank < 10)
            .OrderBy(w => w.Rank).ThenByDescending(w => w.Name)
            .Skip(skip).Take(take);
}
