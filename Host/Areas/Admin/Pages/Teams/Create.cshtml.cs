using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Areas.Admin.Pages.Teams;

public sealed class CreateModel : AdminPageModel
{
    private readonly TeamCommands _commands;
    private readonly TeamChecks _checks;
    private readonly AdminLookups _lookups;
    private readonly IStringLocalizer<HostText> _l;

    internal CreateModel(TeamCommands commands, TeamChecks checks, AdminLookups lookups, IStringLocalizer<HostText> l)
    {
        _commands = commands;
        _checks = checks;
        _lookups = lookups;
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
        Guid id;
        try
        {
            id = await _commands.CreateAsync(Input, cancellationToken);
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError("Input.Name", _l.Text(refusal));
            return await PageAsync(cancellationToken);
        }
        TempData.Flash(_l["Admin_Team_Created", Input.Name.Trim()]);
        return RedirectToPage("/Teams/Edit", new { id });
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        Form = new TeamForm(Input, await _lookups.PeopleAsync(null, Input.LeaderId, cancellationToken));
        return Page();
    }
}
