using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application;
using SalesSuite.Stores.Application.Master;

namespace SalesSuite.Stores.Areas.Stores.Pages.List;

/// <summary>
/// Creates a store (no id) or edits one (<c>?id=</c>): configuration roles only. A refused or stale save shows the form
/// again with what was typed (422, or 409 when someone else saved the store meanwhile).
/// </summary>
public sealed class EditModel : PageModel
{
    private readonly StoreQueries _queries;
    private readonly StoreCommands _commands;
    private readonly StorePeopleService _people;
    private readonly StoresAccess _access;
    private readonly IValidator<StoreInput> _validator;
    private readonly IStringLocalizer<StoresModule> _l;

    internal EditModel(StoreQueries queries, StoreCommands commands, StorePeopleService people, StoresAccess access, IValidator<StoreInput> validator,
        IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _commands = commands;
        _people = people;
        _access = access;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public StoreInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    /// <summary>The code of the store being edited (fixed after creation: imports and the history know the store by it).</summary>
    public string? Code { get; private set; }

    internal IReadOnlyList<OrgUser> Supervisors { get; private set; } = [];
    internal IReadOnlyList<OrgUser> Managers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_access.CanConfigure)
        {
            return Forbid();
        }
        if (Id is { } id)
        {
            if (await _queries.FormAsync(id, ct) is not { } form)
            {
                return NotFound();
            }
            (Input, Code) = form;
        }
        await LoadPeopleAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!_access.CanConfigure)
        {
            return Forbid();
        }
        var status = StatusCodes.Status422UnprocessableEntity;
        if (Id is { } existing && await _queries.FormAsync(existing, ct) is { } current)
        {
            // The code cannot change: validate and show the stored one.
            Code = Input.Code = current.Code;
        }
        ModelState.Clear();
        if (ModelState.Validate(_validator, Input, _l))
        {
            try
            {
                var id = Id ?? Guid.Empty;
                if (Id is null)
                {
                    id = await _commands.CreateAsync(Input, ct);
                }
                else
                {
                    await _commands.UpdateAsync(id, Input, ct);
                }
                TempData.Flash(_l["Master_Saved", Input.Code ?? string.Empty], "success");
                return RedirectToPage("/List/Detail", new { id });
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(FieldOf(refusal.Key), _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        await LoadPeopleAsync(ct);
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private static string FieldOf(string key) => key switch
    {
        "Master_Error_DuplicateCode" => "Input.Code",
        "Master_Error_Supervisor" => "Input.SupervisorUserId",
        "Master_Error_Manager" => "Input.ManagerUserIds",
        _ => string.Empty,
    };

    private async Task LoadPeopleAsync(CancellationToken ct)
    {
        Supervisors = await _people.SupervisorsAsync(ct);
        Managers = await _people.ManagersAsync(ct);
    }
}
