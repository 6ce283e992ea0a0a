using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Pages.Account;

public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<HostText> l) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    /// <summary>An admin-set password is being replaced: the page says why the user landed here.</summary>
    public bool Required => PasswordChangeRequired.IsSet(User);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(field, l["Identity_" + error.Code].ResourceNotFound ? error.Description : l["Identity_" + error.Code]);
            }
            return Page();
        }
        await PasswordChangeRequired.ClearAsync(users, user);
        await signIn.RefreshSignInAsync(user);
        TempData.Flash(l["ChangePassword_Done"]);
        return RedirectToPage("/Index");
    }
}
