using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Goals.Application;

/// <summary>
/// The people a target scope covers, from the organisation (never Leads' tables): the company is every active salesperson
/// and regional manager; a team is the active members with that <see cref="OrgUser.TeamId"/> (its manager included when
/// they carry the same team); a person is themself. Teams are listed with their members for the split editors.
/// </summary>
internal sealed class GoalsPeopleService(IOrganisation organisation)
{
    public static readonly IReadOnlyList<string> PlannedRoles = [Roles.Salesperson, Roles.RegionalManager];

    /// <summary>Active people who carry targets, contracts and plans (salespeople and regional managers).</summary>
    public async Task<IReadOnlyList<OrgUser>> PeopleAsync(CancellationToken ct) =>
        (await organisation.ActiveUsersAsync(ct))
            .Where(u => u.IsActive && u.Roles.Any(r => PlannedRoles.Contains(r)))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .ToList();

    public async Task<IReadOnlyList<OrgUser>> InScopeAsync(TargetScope scope, Guid? scopeId, CancellationToken ct)
    {
        var people = await PeopleAsync(ct);
        return scope switch
        {
            TargetScope.Company => people,
            TargetScope.Team => people.Where(p => p.TeamId == scopeId).ToList(),
            _ => people.Where(p => p.Id == scopeId).ToList(),
        };
    }

    /// <summary>Teams (id, name) with their salespeople, in name order.</summary>
    public async Task<IReadOnlyList<GoalTeam>> TeamsAsync(CancellationToken ct) =>
        (await PeopleAsync(ct))
            .Where(p => p.TeamId is not null)
            .GroupBy(p => (Id: p.TeamId!.Value, Name: p.TeamName ?? ""))
            .Select(g => new GoalTeam(g.Key.Id, g.Key.Name, g.Where(p => p.Roles.Contains(Roles.Salesperson)).ToList(),
                g.FirstOrDefault(p => p.Roles.Contains(Roles.RegionalManager))))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
}

/// <summary>A team: its salespeople and its regional manager (when one carries the team).</summary>
internal sealed record GoalTeam(Guid Id, string Name, IReadOnlyList<OrgUser> Members, OrgUser? Manager);
