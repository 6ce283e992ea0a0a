using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Areas.Admin.History;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Areas.Admin.Pages.Teams;

/// <summary>Edits a team under optimistic concurrency: a stale version keeps the input and says so.</summary>
public sealed class EditModel : AdminPageModel
{
    private readonly HostDbContext _db;
    private readonly TeamChecks _checks;
    private readonly AdminLookups _lookups;
    private readonly HistoryReader _history;
    private readonly TeamCommands _commands;
    private readonly IStringLocalizer<HostText> _l;

    internal EditModel(
        HostDbContext db, TeamChecks checks, AdminLookups lookups, HistoryReader history, TeamCommands commands, IStringLocalizer<HostText> l)
    {
        _db = db;
        _checks = checks;
        _lookups = lookups;
        _history = history;
        _commands = commands;
        _l = l;
    }

    [BindProperty]
    public TeamInput Input { get; set; } = new();

    public Team Subject { get; private set; } = null!;
    public TeamForm Form { get; private set; } = null!;
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await _db.Teams.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } team)
        {
            return NotFound();
        }
        Input = new TeamInput { Name = team.Name, Region = team.Region, LeaderId = team.LeaderId, Version = team.Version };
        return await PageAsync(team, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await _db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } team)
        {
            return NotFound();
        }
        await _checks.CheckAsync(team.Id, Input, ModelState, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await PageAsync(team, cancellationToken);
        }
        try
        {
            await _commands.EditAsync(id, Input, cancellationToken);
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(refusal is StaleEditException ? string.Empty : "Input.Name", _l.Text(refusal));
            return await PageAsync(await _db.Teams.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken), cancellationToken);
        }
        TempData.Flash(_l["Admin_Team_Saved", Input.Name.Trim()]);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> PageAsync(Team team, CancellationToken cancellationToken)
    {
        Subject = team;
        Form = new TeamForm(Input, await _lookups.PeopleAsync(null, Input.LeaderId, cancellationToken));
        History = await _history.ReadAsync(nameof(Team), team.Id, cancellationToken);
        return Page();
    }
}
