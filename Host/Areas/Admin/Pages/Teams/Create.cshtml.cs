using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Areas.Admin.Pages.Teams;

public sealed class CreateModel : AdminPageModel
{
    private readonly HostDbContext _db;
    private readonly TeamChecks _checks;
    private readonly AdminLookups _lookups;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<HostText> _l;

    internal CreateModel(HostDbContext db, TeamChecks checks, AdminLookups lookups, IOperationContext operation, IStringLocalizer<HostText> l)
    {
        _db = db;
        _checks = checks;
        _lookups = lookups;
        _operation = operation;
        _l = l;
    }

    [BindProperty]
    public TeamInput Input { get; set; } = new();

    public TeamForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await PageAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await _checks.CheckAsync(null, Input, ModelState, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await PageAsync(cancellationToken);
        }
        var team = new Team { Name = Input.Name.Trim(), Region = Input.Region?.Trim() ?? string.Empty, LeaderId = Input.LeaderId };
        _operation.Begin("Team.Create");
        _db.Teams.Add(team);
        try
        {
            await _db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Same name created concurrently: the unique index decided; say so on the field.
            _db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Name", _l["Admin_Team_NameTaken", team.Name]);
            return await PageAsync(cancellationToken);
        }
        TempData.Flash(_l["Admin_Team_Created", team.Name]);
        return RedirectToPage("/Teams/Edit", new { id = team.Id });
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        Form = new TeamForm(Input, await _lookups.PeopleAsync(null, Input.LeaderId, cancellationToken));
        return Page();
    }
}
