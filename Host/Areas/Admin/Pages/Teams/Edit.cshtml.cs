using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Areas.Admin.History;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Areas.Admin.Pages.Teams;

/// <summary>Edits a team under optimistic concurrency: a stale version keeps the input and says so.</summary>
public sealed class EditModel : AdminPageModel
{
    private readonly HostDbContext _db;
    private readonly TeamChecks _checks;
    private readonly AdminLookups _lookups;
    private readonly HistoryReader _history;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<HostText> _l;

    internal EditModel(HostDbContext db, TeamChecks checks, AdminLookups lookups, HistoryReader history, IOperationContext operation, IStringLocalizer<HostText> l)
    {
        _db = db;
        _checks = checks;
        _lookups = lookups;
        _history = history;
        _operation = operation;
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
        if (await _db.Teams.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } team)
        {
            return NotFound();
        }
        await _checks.CheckAsync(team.Id, Input, ModelState, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await PageAsync(team, cancellationToken);
        }
        _db.Entry(team).Property(t => t.Version).OriginalValue = Input.Version;
        team.Name = Input.Name.Trim();
        team.Region = Input.Region?.Trim() ?? string.Empty;
        team.LeaderId = Input.LeaderId;
        _operation.Begin("Team.Edit");
        try
        {
            await _db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, _l["Common_StaleEdit"]);
            _db.ChangeTracker.Clear();
            return await PageAsync(await _db.Teams.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken), cancellationToken);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Input.Name", _l["Admin_Team_NameTaken", team.Name]);
            _db.ChangeTracker.Clear();
            return await PageAsync(await _db.Teams.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken), cancellationToken);
        }
        TempData.Flash(_l["Admin_Team_Saved", team.Name]);
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
