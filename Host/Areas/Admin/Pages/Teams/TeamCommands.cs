using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Host.Areas.Admin.Pages.Teams;

/// <summary>Create and edit a team; the unique name index decides a race, a stale version is refused.</summary>
internal sealed class TeamCommands(HostDbContext db, UnitOfWork<HostDbContext> unitOfWork)
{
    public const string NameTakenKey = "Admin_Team_NameTaken";

    public async Task<Guid> CreateAsync(TeamInput input, CancellationToken ct)
    {
        var team = new Team { Name = input.Name.Trim(), Region = input.Region?.Trim() ?? string.Empty, LeaderId = input.LeaderId };
        db.Teams.Add(team);
        await CommitAsync("Team.Create", team.Name, ct);
        return team.Id;
    }

    public async Task EditAsync(Guid id, TeamInput input, CancellationToken ct)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new KeyNotFoundException();
        db.Entry(team).Property(t => t.Version).OriginalValue = input.Version;
        team.Name = input.Name.Trim();
        team.Region = input.Region?.Trim() ?? string.Empty;
        team.LeaderId = input.LeaderId;
        await CommitAsync("Team.Edit", team.Name, ct);
    }

    private async Task CommitAsync(string operation, string name, CancellationToken ct)
    {
        try
        {
            await unitOfWork.CommitAsync(operation, ct);
        }
        catch (DbUpdateException)
        {
            // Same name saved concurrently: the unique index decided.
            db.ChangeTracker.Clear();
            throw new DomainException(NameTakenKey, name);
        }
    }
}
