using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.Goals.Domain.Campaigns;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Application.Campaigns;

/// <summary>Campaigns the reader may see (filtered in the database by team), their progress from evidence, and the form.</summary>
internal sealed class CampaignQueries(GoalsDbContext db, CampaignAccess access, GoalsPeopleService people, BusinessClock clock)
{
    public const int CustomerChoices = 300;

    public async Task<IReadOnlyList<CampaignRow>> ListAsync(CampaignStatus? status, CancellationToken ct)
    {
        var query = db.Campaigns.AsNoTracking();
        if (await access.TeamsSeenAsync(ct) is { } seen)
        {
            var teams = seen.ToList();
            var edited = (await access.TeamsEditedAsync(ct))?.ToList() ?? teams;
            query = query.Where(c => teams.Contains(c.TeamId) && (c.Status != CampaignStatus.Draft || edited.Contains(c.TeamId)));
        }
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }
        var campaigns = (await query.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name).ToListAsync(ct))
            .OrderBy(c => c.Status switch { CampaignStatus.Active => 0, CampaignStatus.Draft => 1, _ => 2 }).ToList();
        var rows = new List<CampaignRow>(campaigns.Count);
        foreach (var c in campaigns)
        {
            var progress = CampaignProgress.Of(c, await EvidenceAsync(c, ct), clock.Today);
            rows.Add(new CampaignRow(c.Id, c.Name, c.TeamName, c.StartsOn, c.EndsOn, c.Status, c.Customers.Count, c.Steps.Count,
                progress.OverallPercent, progress.Through, progress.Overdue));
        }
        return rows;
    }

    /// <summary>The campaign with its progress; null when it does not exist for the reader.</summary>
    public async Task<CampaignDetail?> DetailAsync(Guid id, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null || !await access.CanSeeAsync(campaign, ct))
        {
            return null;
        }
        var progress = CampaignProgress.Of(campaign, await EvidenceAsync(campaign, ct), clock.Today);
        var typeIds = campaign.Steps.Select(s => s.ActionTypeId).Distinct().ToList();
        var types = await db.ActionTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        return new CampaignDetail(campaign, progress, types, await access.Goals.Records.NamesAsync(ct),
            await access.CanEditTeamAsync(campaign.TeamId, ct), access.UserId, clock.Today);
    }

    /// <summary>
    /// The evidence that can count: matches for the target customers, of the steps' action types, inside the window
    /// (filtered in the database).
    /// </summary>
    public async Task<IReadOnlyList<CampaignEvidence>> EvidenceAsync(Campaign campaign, CancellationToken ct)
    {
        var customers = campaign.Customers.Select(c => (Guid?)c.CustomerId).ToList();
        var types = campaign.Steps.Select(s => s.ActionTypeId).Distinct().ToList();
        var (from, to) = (campaign.StartsOn, campaign.EndsOn);
        return await db.Matches.AsNoTracking()
            .Where(m => customers.Contains(m.CustomerId) && types.Contains(m.ActionTypeId) && m.Day >= from && m.Day <= to)
            .Select(m => new CampaignEvidence(m.CustomerId!.Value, m.ActionTypeId, m.UserId, m.Day))
            .ToListAsync(ct);
    }

    /// <summary>The edit form of a campaign the reader may edit (404 / 403 otherwise), customers as "code user" lines.</summary>
    public async Task<(CampaignInput Input, CampaignStatus Status)> FormAsync(Guid id, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new KeyNotFoundException();
        await access.EnsureCanEditAsync(campaign, ct);
        var ids = campaign.Customers.Select(c => c.CustomerId).ToList();
        var codes = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Code, ct);
        var users = (await people.PeopleAsync(ct)).ToDictionary(u => u.Id, u => u.UserName);
        var input = new CampaignInput
        {
            Version = campaign.Version,
            Name = campaign.Name,
            Goal = campaign.Goal,
            StartsOn = campaign.StartsOn.ToString("yyyy-MM-dd", null),
            EndsOn = campaign.EndsOn.ToString("yyyy-MM-dd", null),
            TeamId = campaign.TeamId,
            Customers = string.Join('\n', campaign.Customers.Select(c =>
                (codes.GetValueOrDefault(c.CustomerId) ?? c.Name) + (users.TryGetValue(c.AssigneeId, out var u) ? " " + u : ""))),
            Scripts = [.. campaign.Scripts.Select(s => new CampaignScriptInput { Title = s.Title, Text = s.Text })],
            Materials = [.. campaign.Materials.Select(m => new CampaignMaterialInput { Title = m.Title, Link = m.Link, Seconds = m.Seconds })],
            Steps = [.. campaign.Steps.Select(s => new CampaignStepInput
            {
                ActionTypeId = s.ActionTypeId, Quantity = s.Quantity, DueOn = s.DueOn?.ToString("yyyy-MM-dd", null),
            })],
        };
        return (input, campaign.Status);
    }

    public async Task<IReadOnlyList<KeyActionType>> ActionTypesAsync(CancellationToken ct) =>
        await db.ActionTypes.AsNoTracking().Where(t => t.Active).OrderBy(t => t.Code).ToListAsync(ct);

    /// <summary>Customers the reader may put into a campaign (visible to them), for the form's list of codes.</summary>
    public async Task<IReadOnlyList<GoalCustomer>> CustomerChoicesAsync(CancellationToken ct)
    {
        var visibility = await access.Goals.VisibilityAsync(ct);
        return await db.Customers.AsNoTracking().Where(c => c.OwnerId != null).VisibleTo(visibility, c => c.OwnerId)
            .OrderBy(c => c.Code).Take(CustomerChoices).ToListAsync(ct);
    }
}
