using Ardalis.Specification;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

public sealed class RankedWidgetNamesSpec : Specification<Widget, string>
{
    public RankedWidgetNamesSpec(string category)
    {
        Query.Where(w => w.Category == category).OrderByDescending(w => w.Rank).ThenBy(w => w.Name);
        Query.Select(w => w.Name + "#" + w.Rank);
    }
}
