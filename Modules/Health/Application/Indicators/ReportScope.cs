using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application.Indicators;

/// <summary>Whom the reader sees in Health's reports: their visibility, the people's names and teams, the salespeople.</summary>
internal sealed record ReportScope(Visibility Visibility, IReadOnlyDictionary<Guid, OrgUser> Users, IReadOnlyList<OrgUser> Salespeople)
{
    public string NameOf(Guid userId) => Users.TryGetValue(userId, out var u) ? u.DisplayName : userId.ToString()[..8];

    public Guid? TeamOf(Guid userId) => Users.TryGetValue(userId, out var u) ? u.TeamId : null;

    /// <summary>The team's name (null: no team).</summary>
    public string? TeamNameOf(Guid? teamId) =>
        teamId is null ? null : Users.Values.FirstOrDefault(u => u.TeamId == teamId && u.TeamName is not null)?.TeamName ?? teamId.ToString()![..8];

    public string? LabelOf(ReportBy by, Guid? key) => by == ReportBy.Team ? TeamNameOf(key) : key is { } id ? NameOf(id) : null;

    /// <summary>Salespeople in a team (or every visible one for null), at least one.</summary>
    public int PeopleIn(ReportBy by, Guid? key, bool total) =>
        Math.Max(1, total ? Salespeople.Count : by == ReportBy.Person ? 1 : Salespeople.Count(p => p.TeamId == key));

    /// <summary>The same scope narrowed to one person (the person page, a drill-down).</summary>
    public ReportScope Only(Guid userId) => this with { Visibility = new Visibility(userId, false, new HashSet<Guid> { userId }) };
}
