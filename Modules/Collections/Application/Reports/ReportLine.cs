namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// Who a report line is about: a team (<see cref="Team"/> holds its id, or <see cref="BoardFilter.NoTeam"/>) or a
/// person (<see cref="Owner"/>); <see cref="Label"/> is null for "no team" (the page names it in the reader's language).
/// </summary>
internal sealed record ReportLine(string? Label, string? Team, Guid? Owner)
{
    public static ReportLine For(Guid owner, ReportGrouping by, OrgDirectory people)
    {
        if (by == ReportGrouping.Person)
        {
            return new ReportLine(people.Name(owner), null, owner);
        }
        return people.TeamOf(owner) is { } team
            ? new ReportLine(team.Name, team.Id.ToString(), null)
            : new ReportLine(null, BoardFilter.NoTeam, null);
    }

    /// <summary>The board filter of this line's records.</summary>
    public BoardFilter Filter() => new() { Team = Team, Owner = Owner };
}
