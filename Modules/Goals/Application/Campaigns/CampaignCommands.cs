using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.Goals.Domain.Campaigns;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Goals.Application.Campaigns;

/// <summary>
/// Creates, edits, activates (the team is told, once) and closes campaigns. Every refusal comes before the one commit,
/// so a refused form saves nothing; an edit of a changed campaign is stale (409).
/// </summary>
internal sealed class CampaignCommands(
    GoalsDbContext db, UnitOfWork<GoalsDbContext> uow, CampaignAccess access, GoalsPeopleService people,
    Notifier<GoalsDbContext> notifier, IClock clock)
{
    private static readonly char[] Separators = [' ', '\t', ',', '，', ';', '；'];

    /// <summary>Creates a draft campaign; returns its id. The input was validated by the form's validator.</summary>
    public async Task<Guid> CreateAsync(CampaignInput input, CancellationToken ct)
    {
        var plan = await PlanAsync(input, ct);
        var campaign = new Campaign(Guid.NewGuid(), plan, access.UserId, clock.GetCurrentInstant());
        db.Campaigns.Add(campaign);
        await uow.CommitAsync("Campaign.Create", ct);
        return campaign.Id;
    }

    public async Task EditAsync(Guid id, CampaignInput input, CancellationToken ct)
    {
        var campaign = await LoadAsync(id, ct);
        await access.EnsureCanEditAsync(campaign, ct);
        StaleEditException.ThrowIfChanged(input.Version, campaign.Version);
        campaign.Change(await PlanAsync(input, ct));
        // The lists are JSON columns of the row: mark the row so its version moves with them.
        db.Entry(campaign).State = EntityState.Modified;
        await uow.CommitAsync("Campaign.Edit", ct);
    }

    /// <summary>Starts the campaign and tells every member of its team (but the one activating) with a link to it.</summary>
    public async Task ActivateAsync(Guid id, int version, CancellationToken ct)
    {
        var campaign = await LoadAsync(id, ct);
        await access.EnsureCanEditAsync(campaign, ct);
        StaleEditException.ThrowIfChanged(version, campaign.Version);
        campaign.Activate(clock.GetCurrentInstant());
        var window = $"{campaign.StartsOn:yyyy-MM-dd} – {campaign.EndsOn:yyyy-MM-dd}";
        foreach (var member in await people.InScopeAsync(TargetScope.Team, campaign.TeamId, ct))
        {
            if (member.Id != access.UserId)
            {
                notifier.ToUser(member.Id, "Campaigns_Notify_Activated", CampaignLinks.Detail(id), access.UserId, campaign.Name, window);
            }
        }
        await uow.CommitAsync("Campaign.Activate", ct);
    }

    public async Task CloseAsync(Guid id, int version, CancellationToken ct)
    {
        var campaign = await LoadAsync(id, ct);
        await access.EnsureCanEditAsync(campaign, ct);
        StaleEditException.ThrowIfChanged(version, campaign.Version);
        campaign.Close(clock.GetCurrentInstant());
        await uow.CommitAsync("Campaign.Close", ct);
    }

    private async Task<Campaign> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new KeyNotFoundException();

    /// <summary>The form resolved: a team the user may run, known and visible customers with who works each, active types.</summary>
    private async Task<CampaignPlan> PlanAsync(CampaignInput input, CancellationToken ct)
    {
        var teamId = input.TeamId ?? throw new DomainException("Campaigns_Error_Team");
        var members = await people.InScopeAsync(TargetScope.Team, teamId, ct);
        DomainException.ThrowIf(members.Count == 0, "Campaigns_Error_Team");
        if (!await access.CanEditTeamAsync(teamId, ct))
        {
            throw new UnauthorizedAccessException();
        }
        var (starts, ends) = (input.Starts ?? throw new DomainException("Campaigns_Error_Date"),
            input.Ends ?? throw new DomainException("Campaigns_Error_Date"));
        var steps = await StepsAsync(input, ct);
        var customers = await CustomersAsync(input.CustomerLines, members, ct);
        var scripts = input.Scripts.Where(s => !s.IsBlank).Select(s => new CampaignScript(s.Title ?? "", s.Text ?? "")).ToList();
        var materials = input.Materials.Where(m => !m.IsBlank).Select(m => new CampaignMaterial(m.Title ?? "", m.Link ?? "", m.Seconds)).ToList();
        return new CampaignPlan(input.Name ?? "", input.Goal, starts, ends, teamId, members[0].TeamName ?? "", customers, scripts, materials, steps);
    }

    private async Task<List<CampaignStep>> StepsAsync(CampaignInput input, CancellationToken ct)
    {
        var rows = input.Steps.Where(s => !s.IsBlank).ToList();
        var ids = rows.Select(r => r.ActionTypeId ?? Guid.Empty).Distinct().ToList();
        var active = await db.ActionTypes.AsNoTracking().Where(t => ids.Contains(t.Id) && t.Active).Select(t => t.Id).ToListAsync(ct);
        for (var i = 0; i < rows.Count; i++)
        {
            DomainException.ThrowIf(rows[i].ActionTypeId is not { } type || !active.Contains(type), "Campaigns_Error_StepType", i + 1);
            DomainException.ThrowIf(!string.IsNullOrWhiteSpace(rows[i].DueOn) && rows[i].Due is null, "Campaigns_Error_Date");
        }
        return rows.Select(r => new CampaignStep(r.ActionTypeId!.Value, r.Quantity ?? 0, r.Due)).ToList();
    }

    /// <summary>
    /// Each line is a customer's code (or exact name), optionally followed by the user name of a team member who works it;
    /// by default its owner, who must then be in the team. A customer Goals does not know, or the user may not see, is
    /// refused the same way (its existence is not told).
    /// </summary>
    private async Task<List<CampaignCustomer>> CustomersAsync(IReadOnlyList<string> lines, IReadOnlyList<OrgUser> members,
        CancellationToken ct)
    {
        var parsed = lines.Select(Parse).ToList();
        var keys = parsed.SelectMany(p => new[] { p.Whole, p.Head }).Where(k => k.Length > 0).Distinct().ToList();
        var upper = keys.Select(k => k.ToUpperInvariant()).ToList();
        var visibility = await access.Goals.VisibilityAsync(ct);
        var found = await db.Customers.AsNoTracking()
            .Where(c => upper.Contains(c.Code.ToUpper()) || keys.Contains(c.Name))
            .ToListAsync(ct);
        GoalCustomer? Find(string key) =>
            found.FirstOrDefault(c => string.Equals(c.Code, key, StringComparison.OrdinalIgnoreCase)) ?? found.FirstOrDefault(c => c.Name == key);
        var result = new List<CampaignCustomer>();
        foreach (var line in parsed)
        {
            var (customer, userName) = Find(line.Whole) is { } whole ? (whole, null) : (Find(line.Head), line.Tail);
            DomainException.ThrowIf(customer is null || customer.OwnerId is not { } owner || !visibility.CanSee(owner),
                "Campaigns_Error_UnknownCustomer", line.Whole);
            var assignee = userName is null
                ? members.FirstOrDefault(m => m.Id == customer!.OwnerId)
                : members.FirstOrDefault(m => string.Equals(m.UserName, userName, StringComparison.OrdinalIgnoreCase));
            DomainException.ThrowIf(assignee is null, userName is null ? "Campaigns_Error_OwnerOutsideTeam" : "Campaigns_Error_Assignee",
                line.Whole, members[0].TeamName ?? "");
            result.Add(new CampaignCustomer(customer!.Id, customer.Name, assignee!.Id));
        }
        return result;
    }

    /// <summary>The line whole, and split into everything but the last word and the last word (a user name).</summary>
    private static (string Whole, string Head, string? Tail) Parse(string line)
    {
        var words = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length < 2 ? (line, "", null) : (line, string.Join(' ', words[..^1]), words[^1]);
    }
}
