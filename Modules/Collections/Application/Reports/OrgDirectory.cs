using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// People and teams as the reports see them (from the platform's directory, read once per request): names for owner
/// columns, the team of an owner, the members of a team, and the people and teams the reader may filter by.
/// </summary>
internal sealed class OrgDirectory
{
    private static readonly string[] OwnerRoles = [Roles.Salesperson, Roles.RegionalManager];
    private readonly Dictionary<Guid, OrgUser> _users;

    public OrgDirectory(IReadOnlyList<OrgUser> users, Visibility visibility)
    {
        _users = users.ToDictionary(u => u.Id);
        var teams = users.Where(u => u.TeamId is not null).GroupBy(u => u.TeamId!.Value).ToList();
        AllTeamMembers = teams.SelectMany(t => t).Select(u => u.Id).ToList();
        Teams = teams.Where(t => visibility.All || t.Any(u => visibility.CanSee(u.Id)))
            .Select(t => new TeamRef(t.Key, t.First().TeamName ?? t.Key.ToString())).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        Owners = users.Where(u => visibility.CanSee(u.Id) && (u.Roles.Any(OwnerRoles.Contains) || !visibility.All))
            .OrderBy(u => u.UserName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Teams the reader may filter by (every team for those who see all; otherwise teams of people they see).</summary>
    public IReadOnlyList<TeamRef> Teams { get; }

    /// <summary>People the reader may filter by.</summary>
    public IReadOnlyList<OrgUser> Owners { get; }

    /// <summary>Everyone in some team (the complement is "no team").</summary>
    public IReadOnlyList<Guid> AllTeamMembers { get; }

    public string Name(Guid userId) => _users.TryGetValue(userId, out var u) ? u.DisplayName : "—";

    public TeamRef? TeamOf(Guid userId) =>
        _users.TryGetValue(userId, out var u) && u.TeamId is { } id ? new TeamRef(id, u.TeamName ?? id.ToString()) : null;

    public IReadOnlyList<Guid> Members(Guid teamId) => _users.Values.Where(u => u.TeamId == teamId).Select(u => u.Id).ToList();

    public string? TeamName(string? team) =>
        Guid.TryParse(team, out var id) ? Teams.FirstOrDefault(t => t.Id == id)?.Name ?? _users.Values.FirstOrDefault(u => u.TeamId == id)?.TeamName
            : null;
}
