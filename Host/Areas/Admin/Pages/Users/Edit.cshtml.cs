using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Areas.Admin.History;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Areas.Admin.Pages.Users;

/// <summary>Edit a person, (de)activate, unlock, reset the password; each action is one named, logged operation.</summary>
public sealed class EditModel : AdminPageModel
{
    private readonly HostDbContext _db;
    private readonly UserManager<AppUser> _users;
    private readonly UserChecks _checks;
    private readonly RoleAssignment _roles;
    private readonly AdminLookups _lookups;
    private readonly HistoryReader _history;
    private readonly IOperationContext _operation;
    private readonly ICurrentUser _me;
    private readonly IStringLocalizer<HostText> _l;

    internal EditModel(HostDbContext db, UserManager<AppUser> users, UserChecks checks, RoleAssignment roles, AdminLookups lookups,
        HistoryReader history, IOperationContext operation, ICurrentUser me, IStringLocalizer<HostText> l)
    {
        _db = db;
        _users = users;
        _checks = checks;
        _roles = roles;
        _lookups = lookups;
        _history = history;
        _operation = operation;
        _me = me;
        _l = l;
    }

    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public AppUser Subject { get; private set; } = null!;
    public bool LockedOut { get; private set; }
    public bool IsMe => Subject.Id == _me.UserId;
    public UserForm Form { get; private set; } = null!;
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } user)
        {
            return NotFound();
        }
        Input = UserMapping.ToInput(user, (await _users.GetRolesAsync(user)).ToList());
        return await PageAsync(user, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } user)
        {
            return NotFound();
        }
        ModelState.Remove(nameof(NewPassword));
        ModelState.Remove("Input.Password");
        // Identity's stamp as the form saw it: someone saved since, so refuse instead of overwriting. The window
        // between this check and the save is covered by Identity's own concurrency token on the stamp.
        if (user.ConcurrencyStamp != Input.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, _l["Common_StaleEdit"]);
        }
        await _checks.CheckAsync(user.Id, Input, ModelState, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await PageAsync(user, cancellationToken);
        }
        UserMapping.Apply(Input, user);
        _operation.Begin("User.Edit");
        await _roles.StageAsync(user, Input.Roles, isNew: false, cancellationToken);
        var result = await _users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            IdentityErrorFields.AddTo(ModelState, result.Errors, _l, "Input.", "Input.Password");
            return await PageAsync(user, cancellationToken);
        }
        TempData.Flash(_l["Admin_User_Saved", user.DisplayName]);
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostDeactivateAsync(Guid id) => ActAsync(id, "User.Deactivate", async user =>
    {
        if (user.Id == _me.UserId)
        {
            ModelState.AddModelError(string.Empty, _l["Admin_User_CannotDeactivateSelf"]);
            return false;
        }
        user.IsActive = false;
        // A new stamp ends the person's open sessions at the next cookie validation (1 minute).
        return (await _users.UpdateSecurityStampAsync(user)).Succeeded;
    }, "Admin_User_Deactivated");

    public Task<IActionResult> OnPostActivateAsync(Guid id) => ActAsync(id, "User.Activate", async user =>
    {
        user.IsActive = true;
        return (await _users.UpdateAsync(user)).Succeeded;
    }, "Admin_User_Activated");

    public Task<IActionResult> OnPostUnlockAsync(Guid id) => ActAsync(id, "User.Unlock", async user =>
    {
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        return (await _users.UpdateAsync(user)).Succeeded;
    }, "Admin_User_Unlocked");

    public Task<IActionResult> OnPostResetPasswordAsync(Guid id) => ActAsync(id, "User.ResetPassword", async user =>
    {
        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError(nameof(NewPassword), _l["Validation_Required", _l["Admin_User_NewPassword"]]);
            return false;
        }
        var token = await _users.GeneratePasswordResetTokenAsync(user);
        var result = await _users.ResetPasswordAsync(user, token, NewPassword);
        IdentityErrorFields.AddTo(ModelState, result.Errors, _l, "Input.", nameof(NewPassword));
        return result.Succeeded && (await PasswordChangeRequired.SetAsync(_users, user)).Succeeded;
    }, "Admin_User_PasswordReset");

    /// <summary>Runs one account action; when it fails (errors in ModelState) the page re-renders with the stored values.</summary>
    private async Task<IActionResult> ActAsync(Guid id, string operation, Func<AppUser, Task<bool>> action, string doneKey)
    {
        if (await FindAsync(id) is not { } user)
        {
            return NotFound();
        }
        // The account actions post no user form: its (empty) fields are not part of this request.
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        _operation.Begin(operation);
        if (!await action(user))
        {
            await _db.Entry(user).ReloadAsync();
            Input = UserMapping.ToInput(user, (await _users.GetRolesAsync(user)).ToList());
            return await PageAsync(user, HttpContext.RequestAborted);
        }
        TempData.Flash(_l[doneKey, user.DisplayName]);
        return RedirectToPage(new { id });
    }

    private async Task<AppUser?> FindAsync(Guid id) => await _db.Users.SingleOrDefaultAsync(u => u.Id == id);

    private async Task<IActionResult> PageAsync(AppUser user, CancellationToken cancellationToken)
    {
        Subject = user;
        LockedOut = await _users.IsLockedOutAsync(user);
        Form = new UserForm(
            Input,
            IsNew: false,
            await _lookups.TeamsAsync(cancellationToken),
            await _lookups.PeopleAsync(user.Id, Input.ManagerId, cancellationToken));
        History = await _history.ReadAsync(nameof(AppUser), user.Id, cancellationToken);
        return Page();
    }
}
