using SalesSuite.Goals.Domain.Campaigns;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Goals.Application.Campaigns;

/// <summary>
/// Who sees and edits which campaigns: admin, director and general manager see all; a regional manager and a
/// salesperson see their own team's (a manager also the teams of the people reporting to them), drafts only when they
/// may edit. Admin and director edit every team's; a regional manager their own teams'. Unseen is 404, seen but not
/// editable is 403.
/// </summary>
internal sealed class CampaignAccess(GoalsAccess access, GoalsPeopleService people, IOrganisation organisation)
{
    public Guid UserId => access.UserId;

    public GoalsAccess Goals => access;

    /// <summary>The teams whose campaigns the user sees; null: every team.</summary>
    public async Task<IReadOnlySet<Guid>?> TeamsSeenAsync(CancellationToken ct)
    {
        if (access.SeesAll)
        {
            return null;
        }
        var me = access.UserId;
        var teams = (await people.PeopleAsync(ct))
            .Where(p => p.TeamId is not null && (p.Id == me || (access.IsManager && p.ManagerId == me)))
            .Select(p => p.TeamId!.Value)
            .ToHashSet();
        if ((await organisation.FindUserAsync(me, ct))?.TeamId is { } own)
        {
            teams.Add(own);
        }
        return teams;
    }

    /// <summary>The teams whose campaigns the user creates and edits; null: every team.</summary>
    public async Task<IReadOnlySet<Guid>?> TeamsEditedAsync(CancellationToken ct)
    {
        if (access.CanConfigure)
        {
            return null;
        }
        return access.Records.IsInRole(Roles.RegionalManager) ? await TeamsSeenAsync(ct) : new HashSet<Guid>();
    }

    public async Task<bool> CanEditTeamAsync(Guid teamId, CancellationToken ct) =>
        await TeamsEditedAsync(ct) is not { } teams || teams.Contains(teamId);

    public async Task<bool> CanCreateAsync(CancellationToken ct) => await TeamsEditedAsync(ct) is not { Count: 0 };

    public async Task<bool> CanSeeAsync(Campaign campaign, CancellationToken ct)
    {
        if (await TeamsSeenAsync(ct) is { } teams && !teams.Contains(campaign.TeamId))
        {
            return false;
        }
        return campaign.Status != CampaignStatus.Draft || access.SeesAll || await CanEditTeamAsync(campaign.TeamId, ct);
    }

    /// <summary>404 when the campaign does not exist for the user.</summary>
    public async Task EnsureCanSeeAsync(Campaign campaign, CancellationToken ct)
    {
        if (!await CanSeeAsync(campaign, ct))
        {
            throw new KeyNotFoundException();
        }
    }

    /// <summary>404 when unseen, 403 when seen but not the user's to edit.</summary>
    public async Task EnsureCanEditAsync(Campaign campaign, CancellationToken ct)
    {
        await EnsureCanSeeAsync(campaign, ct);
        if (!await CanEditTeamAsync(campaign.TeamId, ct))
        {
            throw new UnauthorizedAccessException();
        }
    }

    /// <summary>The teams the user may run a campaign for, with their members.</summary>
    public async Task<IReadOnlyList<GoalTeam>> EditableTeamsAsync(CancellationToken ct)
    {
        var allowed = await TeamsEditedAsync(ct);
        return (await people.TeamsAsync(ct)).Where(t => allowed is null || allowed.Contains(t.Id)).ToList();
    }
}
