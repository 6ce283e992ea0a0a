namespace SalesSuite.SharedKernel.Identity;

/// <summary>
/// "Escalate up the reporting line", written once: the people above someone, nearest first, walked with
/// <see cref="IOrganisation.ManagerOfAsync"/>. A vacant post (a deactivated manager) is passed over to the next one up
/// without counting as a level; the walk ends at the top, and at the person themselves or anyone seen before (a cycle
/// in the data), so it always ends.
/// </summary>
public static class ReportingLineExtensions
{
    /// <summary>[0] the nearest active manager, [1] theirs … at most <paramref name="levels"/> people.</summary>
    public static async Task<IReadOnlyList<OrgUser>> AboveAsync(
        this IOrganisation organisation, Guid userId, int levels, CancellationToken cancellationToken = default)
    {
        var line = new List<OrgUser>();
        var seen = new HashSet<Guid> { userId };
        var current = userId;
        while (line.Count < levels && await organisation.ManagerOfAsync(current, cancellationToken) is { } manager && seen.Add(manager.Id))
        {
            if (manager.IsActive)
            {
                line.Add(manager);
            }
            current = manager.Id;
        }
        return line;
    }

    /// <summary>The person <paramref name="level"/> steps up (1 = the nearest active manager), or null when the line is shorter.</summary>
    public static async Task<OrgUser?> LevelAboveAsync(
        this IOrganisation organisation, Guid userId, int level, CancellationToken cancellationToken = default)
    {
        if (level < 1)
        {
            return null;
        }
        var line = await organisation.AboveAsync(userId, level, cancellationToken);
        return line.Count == level ? line[^1] : null;
    }

    /// <summary>The distinct people <paramref name="level"/> steps up from each of <paramref name="people"/> (a role's members).</summary>
    public static async Task<IReadOnlyList<Guid>> LevelAboveAllAsync(
        this IOrganisation organisation, IEnumerable<Guid> people, int level, CancellationToken cancellationToken = default)
    {
        var found = new List<Guid>();
        foreach (var person in people)
        {
            if (await organisation.LevelAboveAsync(person, level, cancellationToken) is { } above && !found.Contains(above.Id))
            {
                found.Add(above.Id);
            }
        }
        return found;
    }
}
