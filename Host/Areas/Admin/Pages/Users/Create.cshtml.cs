using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Areas.Admin.Pages.Users;

/// <summary>Creates a person: every rule and Identity validator runs first, then one SaveChanges stores user, roles and history.</summary>
public sealed class CreateModel : AdminPageModel
{
    private readonly UserManager<AppUser> _users;
    private readonly UserChecks _checks;
    private readonly RoleAssignment _roles;
    private readonly AdminLookups _lookups;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<HostText> _l;

    internal CreateModel(UserManager<AppUser> users, UserChecks checks, RoleAssignment roles, AdminLookups lookups,
        IOperationContext operation, IStringLocalizer<HostText> l)
    {
        _users = users;
        _checks = checks;
        _roles = roles;
        _lookups = lookups;
        _operation = operation;
        _l = l;
    }

    [BindProperty]
    public UserInput Input { get; set; } = new() { Roles = [SalesSuite.SharedKernel.Identity.Roles.Salesperson] };

    public UserForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await PageAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await _checks.CheckAsync(null, Input, ModelState, cancellationToken);
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", _l["Validation_Required", _l["Admin_Field_Password"]]);
        }
        if (!ModelState.IsValid)
        {
            return await PageAsync(cancellationToken);
        }
        var user = new AppUser { Id = Guid.NewGuid() };
        UserMapping.Apply(Input, user);
        var errors = await ValidateAsync(user, Input.Password!);
        if (errors.Count > 0)
        {
            IdentityErrorFields.AddTo(ModelState, errors, _l, "Input.", "Input.Password");
            return await PageAsync(cancellationToken);
        }
        _operation.Begin("User.Create");
        await _roles.StageAsync(user, Input.Roles, isNew: true, cancellationToken);
        IdentityResult result;
        try
        {
            result = await _users.CreateAsync(user, Input.Password!);
        }
        catch (DbUpdateException)
        {
            // Another admin created the same user name between our check and the insert (unique index).
            result = IdentityResult.Failed(_users.ErrorDescriber.DuplicateUserName(user.UserName!));
        }
        if (!result.Succeeded)
        {
            IdentityErrorFields.AddTo(ModelState, result.Errors, _l, "Input.", "Input.Password");
            return await PageAsync(cancellationToken);
        }
        await PasswordChangeRequired.SetAsync(_users, user);
        TempData.Flash(_l["Admin_User_Created", user.DisplayName]);
        return RedirectToPage("/Users/Edit", new { id = user.Id });
    }

    /// <summary>All user and password errors at once (CreateAsync stops at the first failing group).</summary>
    private async Task<List<IdentityError>> ValidateAsync(AppUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in _users.UserValidators)
        {
            errors.AddRange((await validator.ValidateAsync(_users, user)).Errors);
        }
        foreach (var validator in _users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(_users, user, password)).Errors);
        }
        return errors;
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        Form = new UserForm(
            Input,
            IsNew: true,
            await _lookups.TeamsAsync(cancellationToken),
            await _lookups.PeopleAsync(null, Input.ManagerId, cancellationToken));
        return Page();
    }
}
