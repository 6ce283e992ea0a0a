namespace SalesSuite.Leads.Domain;

/// <summary>
/// The win-rate route: a lead carrying one of <see cref="Tags"/> goes only to people whose win rate over the last
/// <see cref="Days"/> days is above <see cref="MinWinRatePercent"/> (default 85 % over 30 days); when nobody is above
/// it, the normal ranking of everyone applies (a lead is never left unassigned by the route).
/// </summary>
internal sealed record TechnicalRoute(bool On, IReadOnlyList<string> Tags, int MinWinRatePercent, int Days)
{
    public bool Applies(IEnumerable<string> leadTags) => On && leadTags.Any(t => Tags.Contains(t, StringComparer.OrdinalIgnoreCase));

    /// <summary>Strictly above the threshold, with at least one closed deal in the window.</summary>
    public bool Qualifies(int won, int lost) => won + lost > 0 && won * 100m / (won + lost) > MinWinRatePercent;

    /// <summary>The candidates the route keeps (the qualifying ones), or all of them when none qualifies.</summary>
    public IReadOnlyList<AssignmentCandidate> Filter(IReadOnlyList<AssignmentCandidate> windowed)
    {
        var above = windowed.Where(c => !c.Paused && Qualifies(c.Won, c.Lost)).ToList();
        return above.Count > 0 ? above : windowed;
    }
}
