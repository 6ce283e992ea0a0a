using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// Supervisor confirmation of visits: the owner's manager is asked when the visit is logged; each further
/// <c>after</c> (default 48 h) without a confirmation moves it one level up the owner's reporting line (the supervisor's
/// manager, then theirs), once per level, and stops at the top. Never an arbitrary director.
/// </summary>
internal static class ConfirmationLadder
{
    /// <summary>Whether level <paramref name="level"/> (0 = the supervisor) has waited long enough to go one level up.</summary>
    public static bool EscalationDue(Instant loggedAt, int level, Instant now, Duration after) =>
        now >= loggedAt + (after * (level + 1));

    /// <summary>
    /// Who is asked at <paramref name="level"/> + 1 given the owner's line upwards (<paramref name="line"/>[0] = the
    /// supervisor, [1] = their manager ...); null at the top of the line.
    /// </summary>
    public static Guid? NextUp(IReadOnlyList<Guid> line, int level) => level + 1 < line.Count ? line[level + 1] : null;
}
