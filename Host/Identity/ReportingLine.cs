namespace SalesSuite.Host.Identity;

/// <summary>Reporting lines form a tree: nobody may end up (indirectly) managing their own manager.</summary>
internal static class ReportingLine
{
    /// <summary>True when giving <paramref name="userId"/> the manager <paramref name="managerId"/> closes a loop.</summary>
    public static bool WouldCycle(Guid userId, Guid? managerId, IReadOnlyDictionary<Guid, Guid?> managerOf)
    {
        var seen = new HashSet<Guid>();
        for (var current = managerId; current is { } id; current = managerOf.GetValueOrDefault(id))
        {
            if (id == userId)
            {
                return true;
            }
            if (!seen.Add(id))
            {
                return false;
            }
        }
        return false;
    }
}
